// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter E (part 1 of 2): marketing, sales and law. */

export const ENTERPRISING_PROFESSIONS_1: readonly ProfessionSeed[] = [
  defineProfession({
    id: 501,
    slug: 'manajer-pemasaran',
    name: 'Manajer Pemasaran',
    sub: 'BISNIS_PEMASARAN',
    code: 'EA',
    about:
      'Manajer pemasaran merancang dan memimpin strategi untuk memperkenalkan produk atau jasa, membangun merek, dan meningkatkan penjualan. Mereka meriset pasar dan perilaku konsumen, menyusun rencana kampanye iklan, mengelola anggaran promosi, serta memimpin tim kreatif dan digital. Manajer pemasaran bekerja di perusahaan barang konsumsi, e-commerce, perbankan, properti, agensi, dan berbagai industri lain.',
    personality:
      'Cocok untuk kamu yang kreatif sekaligus berorientasi target, senang memimpin tim, dan penasaran dengan apa yang membuat konsumen tertarik membeli. Orang yang persuasif, berani mencoba ide baru, dan mampu membaca data penjualan akan berkembang sebagai manajer pemasaran.',
    activities: [
      'Menyusun strategi pemasaran dan rencana kampanye merek',
      'Meriset pasar, pesaing, dan perilaku konsumen',
      'Mengelola anggaran iklan dan promosi di media digital maupun konvensional',
      'Memimpin tim kreatif, konten, dan media sosial',
      'Menganalisis hasil kampanye dan melaporkan penjualan kepada direksi',
    ],
    hard: {
      wajib: ['Strategi pemasaran', 'Manajemen merek', 'Riset pasar', 'Pemasaran digital'],
      dianjurkan: ['Analitik pemasaran'],
    },
    soft: { wajib: ['Kepemimpinan', 'Kreativitas', 'Komunikasi', 'Pengambilan keputusan'] },
    tools: {
      wajib: ['Google Analytics', 'Meta Ads Manager', 'Microsoft PowerPoint'],
      umum: ['Aplikasi CRM (Salesforce atau HubSpot)', 'Canva'],
    },
    study: ['Manajemen Pemasaran', 'Ilmu Komunikasi', 'Manajemen'],
    career: [
      ['Marketing Executive', '0–2 tahun', 5_500_000, 8_500_000],
      ['Supervisor Pemasaran', '2–5 tahun', 8_500_000, 15_000_000],
      ['Manajer Pemasaran', '5–9 tahun', 15_000_000, 30_000_000],
      ['Direktur Pemasaran (CMO)', '10+ tahun', 35_000_000, 80_000_000],
    ],
    insights: [
      'Beralihnya belanja iklan ke kanal digital menuntut manajer pemasaran menguasai data dan media sosial.',
      'Pengalaman memimpin kampanye yang hasilnya terukur menjadi kunci naik ke posisi manajerial.',
    ],
  }),
  defineProfession({
    id: 502,
    slug: 'spesialis-pemasaran-digital',
    name: 'Spesialis Pemasaran Digital',
    sub: 'BISNIS_PEMASARAN',
    code: 'EAC',
    about:
      'Spesialis pemasaran digital mempromosikan produk dan merek melalui kanal daring seperti media sosial, mesin pencari, email, marketplace, dan iklan berbayar. Mereka merencanakan kampanye, mengatur sasaran iklan, membuat dan menguji konten, lalu memantau data performa untuk menaikkan penjualan dengan biaya efisien. Spesialis pemasaran digital dibutuhkan oleh UMKM, startup, e-commerce, agensi, hingga korporasi.',
    personality:
      'Cocok untuk kamu yang akrab dengan media sosial, suka bereksperimen dengan konten, dan penasaran melihat angka-angka performa iklan. Kamu yang kreatif, cepat mempelajari platform baru, dan berorientasi hasil akan berkembang di bidang ini.',
    activities: [
      'Merencanakan dan menjalankan kampanye iklan di media sosial dan Google',
      'Mengelola akun media sosial dan kalender konten',
      'Mengoptimalkan situs dan toko daring untuk mesin pencari (SEO)',
      'Menganalisis data performa kampanye dan menyusun laporan',
      'Menguji beberapa versi iklan (A/B testing) untuk menaikkan konversi',
    ],
    hard: {
      wajib: [
        'Pemasaran digital',
        'Iklan berbayar (Google Ads dan Meta Ads)',
        'Optimasi mesin pencari (SEO)',
        'Analitik pemasaran',
      ],
      dianjurkan: ['Copywriting', 'Email marketing'],
    },
    soft: { wajib: ['Kreativitas', 'Berpikir analitis', 'Adaptasi'] },
    tools: {
      wajib: ['Meta Ads Manager', 'Google Ads', 'Google Analytics'],
      umum: ['Canva', 'Ahrefs atau Semrush'],
    },
    study: ['Manajemen Pemasaran', 'Ilmu Komunikasi', 'Bisnis Digital'],
    career: [
      ['Digital Marketing Staff', '0–2 tahun', 5_000_000, 8_000_000],
      ['Digital Marketing Specialist', '2–5 tahun', 8_000_000, 14_000_000],
      ['Digital Marketing Manager', '5–9 tahun', 14_000_000, 28_000_000],
      ['Head of Growth', '9+ tahun', 28_000_000, 55_000_000],
    ],
    insights: [
      'Hampir semua bisnis kini beriklan secara daring, sehingga kebutuhan spesialis pemasaran digital tersebar luas hingga ke UMKM.',
      'Sertifikasi dari platform iklan dan bukti kampanye yang berhasil sangat membantu saat melamar.',
    ],
  }),
  defineProfession({
    id: 503,
    slug: 'sales-executive',
    name: 'Sales Executive',
    sub: 'BISNIS_PENJUALAN',
    code: 'ES',
    about:
      'Sales executive atau tenaga penjualan menawarkan produk dan jasa perusahaan kepada calon pelanggan, membangun hubungan dengan klien, dan mengejar target penjualan. Mereka mencari prospek, melakukan presentasi dan demo produk, bernegosiasi harga, menutup transaksi, serta menjaga pelanggan agar membeli kembali. Tenaga penjualan dibutuhkan di hampir semua industri, seperti otomotif, properti, perbankan, teknologi, farmasi, dan barang konsumsi.',
    personality:
      'Cocok untuk kamu yang suka ngobrol dan bertemu orang baru, pandai meyakinkan, dan terpacu oleh target serta bonus. Kamu yang ulet, tidak mudah patah semangat saat ditolak, dan ramah akan berkembang sebagai sales.',
    activities: [
      'Mencari dan menghubungi calon pelanggan (prospek)',
      'Mempresentasikan dan mendemonstrasikan produk kepada klien',
      'Bernegosiasi harga dan menutup transaksi penjualan',
      'Menjaga hubungan dengan pelanggan dan menangani keluhan',
      'Mencatat aktivitas penjualan di CRM dan melaporkan pencapaian target',
    ],
    hard: {
      wajib: [
        'Teknik penjualan',
        'Pengetahuan produk',
        'Manajemen hubungan pelanggan (CRM)',
        'Presentasi bisnis',
      ],
      dianjurkan: ['Pemasaran digital'],
    },
    soft: { wajib: ['Negosiasi', 'Komunikasi', 'Pantang menyerah', 'Pelayanan pelanggan'] },
    tools: {
      wajib: ['Aplikasi CRM (Salesforce atau HubSpot)', 'WhatsApp Business'],
      umum: ['Microsoft PowerPoint', 'LinkedIn'],
    },
    study: ['Manajemen', 'Administrasi Bisnis'],
    career: [
      ['Sales Executive', '0–2 tahun', 4_800_000, 8_000_000],
      ['Senior Sales Executive', '2–5 tahun', 8_000_000, 14_000_000],
      ['Sales Manager', '5–9 tahun', 14_000_000, 28_000_000],
      ['Direktur Penjualan', '10+ tahun', 30_000_000, 70_000_000],
    ],
    insights: [
      'Penghasilan sales umumnya terdiri atas gaji pokok dan komisi, sehingga pencapaian target sangat menentukan pendapatan.',
      'Sales yang memahami produk teknis, seperti perangkat lunak atau alat kesehatan, cenderung berpenghasilan lebih tinggi.',
    ],
  }),
  defineProfession({
    id: 504,
    slug: 'perencana-acara',
    name: 'Perencana Acara',
    sub: 'PARIWISATA_ACARA',
    code: 'ES',
    about:
      'Perencana acara atau event organizer merancang dan menjalankan berbagai acara seperti pernikahan, konser, seminar, pameran, peluncuran produk, dan acara perusahaan. Mereka menyusun konsep dan anggaran, memilih tempat, bernegosiasi dengan vendor, mengatur jadwal dan tim, lalu memastikan hari pelaksanaan berjalan lancar. Perencana acara bekerja di perusahaan EO, wedding organizer, hotel, agensi, atau tim acara perusahaan.',
    personality:
      'Cocok untuk kamu yang senang mengatur kegiatan, aktif di kepanitiaan, dan menikmati suasana ramai. Kamu yang cekatan, pandai bernegosiasi, tenang saat ada kejadian tak terduga, dan mampu memimpin tim akan berkembang sebagai perencana acara.',
    activities: [
      'Menyusun konsep, jadwal, dan anggaran acara',
      'Mencari dan bernegosiasi dengan vendor tempat, katering, dekorasi, dan tata suara',
      'Memimpin tim panitia dan berkoordinasi pada hari pelaksanaan',
      'Berkomunikasi dengan klien agar acara sesuai harapan',
      'Menangani masalah mendadak selama acara berlangsung',
    ],
    hard: {
      wajib: ['Manajemen acara', 'Penganggaran', 'Manajemen vendor', 'Manajemen proyek'],
      dianjurkan: ['Pemasaran digital'],
    },
    soft: { wajib: ['Negosiasi', 'Kepemimpinan', 'Pemecahan masalah', 'Manajemen waktu'] },
    tools: {
      wajib: ['Microsoft Excel', 'Google Workspace', 'Aplikasi manajemen proyek (Trello atau Asana)'],
      umum: ['Canva', 'Radio komunikasi (HT)'],
    },
    study: ['Manajemen Event', 'Pariwisata', 'Ilmu Komunikasi'],
    career: [
      ['Event Crew', '0–2 tahun', 4_500_000, 6_500_000],
      ['Event Coordinator', '2–5 tahun', 6_500_000, 11_000_000],
      ['Event Manager', '5–8 tahun', 11_000_000, 20_000_000],
      ['Pemilik / Direktur EO', '8+ tahun', 20_000_000, 50_000_000],
    ],
    insights: [
      'Acara perusahaan, konser, dan pernikahan membuat jasa penyelenggara acara banyak dicari di kota besar.',
      'Pengalaman kepanitiaan di kampus dan relasi vendor yang luas menjadi modal penting di industri ini.',
    ],
  }),
  defineProfession({
    id: 505,
    slug: 'pengacara',
    name: 'Pengacara',
    sub: 'HUKUM_PRAKTIK',
    code: 'EIS',
    about:
      'Pengacara atau advokat memberikan nasihat hukum dan mewakili klien, baik perorangan maupun perusahaan, dalam perkara pidana, perdata, bisnis, atau keluarga. Mereka mempelajari kasus, meneliti peraturan dan putusan pengadilan, menyusun kontrak dan dokumen hukum, bernegosiasi, serta membela klien di persidangan. Pengacara bekerja di kantor hukum, divisi legal perusahaan, lembaga bantuan hukum, atau membuka praktik sendiri.',
    personality:
      'Cocok untuk kamu yang senang berdebat dengan argumen kuat, gemar membaca dan menganalisis, serta peduli pada keadilan. Kamu yang percaya diri berbicara, tangguh menghadapi tekanan, dan teliti membaca dokumen akan berkembang sebagai pengacara.',
    activities: [
      'Memberikan konsultasi dan nasihat hukum kepada klien',
      'Meneliti peraturan, yurisprudensi, dan bukti perkara',
      'Menyusun kontrak, gugatan, pembelaan, dan dokumen hukum lain',
      'Mewakili klien dalam persidangan dan mediasi',
      'Bernegosiasi dengan pihak lawan untuk mencapai penyelesaian',
    ],
    hard: {
      wajib: ['Analisis hukum', 'Penyusunan kontrak dan dokumen hukum', 'Litigasi', 'Riset hukum'],
      dianjurkan: ['Bahasa Inggris'],
    },
    soft: { wajib: ['Negosiasi', 'Berbicara di depan umum', 'Berpikir kritis', 'Integritas'] },
    tools: {
      wajib: ['Basis data peraturan dan putusan', 'Microsoft Word', 'Sistem manajemen perkara'],
      umum: ['Microsoft Outlook'],
    },
    study: ['Ilmu Hukum'],
    career: [
      ['Associate Junior', '0–3 tahun', 7_000_000, 12_000_000],
      ['Associate Senior', '3–6 tahun', 12_000_000, 25_000_000],
      ['Partner / Advokat Senior', '7+ tahun', 30_000_000, 100_000_000],
    ],
    insights: [
      'Pertumbuhan investasi, startup, dan transaksi bisnis menaikkan kebutuhan pengacara korporasi dan konsultan hukum.',
      'Pendidikan khusus profesi advokat dan ujian advokat diperlukan untuk beracara di pengadilan.',
    ],
  }),
];
