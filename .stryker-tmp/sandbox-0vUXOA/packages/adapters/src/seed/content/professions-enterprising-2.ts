// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter E (part 2 of 2): management and entrepreneurship. */

export const ENTERPRISING_PROFESSIONS_2: readonly ProfessionSeed[] = [
  defineProfession({
    id: 506,
    slug: 'wirausahawan',
    name: 'Wirausahawan',
    sub: 'BISNIS_MANAJEMEN',
    code: 'E',
    about:
      'Wirausahawan membangun dan menjalankan usaha sendiri, mulai dari menemukan ide produk, menguji pasar, dan mencari modal hingga merekrut tim dan mengembangkan bisnis. Mereka mengambil keputusan strategis, mengatur keuangan, memasarkan produk, dan menjalin kerja sama dengan pemasok maupun mitra. Wirausahawan bisa bergerak di bidang apa saja, seperti kuliner, fesyen, teknologi, jasa, atau perdagangan daring.',
    personality:
      'Cocok untuk kamu yang berani mengambil risiko, penuh inisiatif, dan senang melihat peluang di tempat orang lain melihat masalah. Orang yang gigih, cepat belajar dari kegagalan, dan pandai membangun relasi akan berkembang sebagai wirausahawan.',
    activities: [
      'Menemukan ide bisnis dan menguji kebutuhan pasar',
      'Menyusun rencana bisnis dan mencari modal atau investor',
      'Memasarkan dan menjual produk secara langsung maupun daring',
      'Merekrut, memimpin, dan memotivasi tim',
      'Mengelola arus kas, stok, dan keuangan usaha',
      'Membangun kerja sama dengan pemasok, distributor, dan mitra',
    ],
    hard: {
      wajib: ['Perencanaan bisnis', 'Manajemen keuangan usaha', 'Teknik penjualan', 'Pengembangan produk'],
      dianjurkan: ['Pemasaran digital'],
    },
    soft: { wajib: ['Keberanian mengambil risiko', 'Kepemimpinan', 'Negosiasi', 'Pantang menyerah'] },
    tools: {
      wajib: ['Aplikasi kasir (POS)', 'Marketplace dan toko daring', 'Microsoft Excel'],
      umum: ['Canva', 'WhatsApp Business'],
    },
    study: ['Kewirausahaan', 'Manajemen', 'Bisnis Digital'],
    career: [
      ['Pendiri Usaha Rintisan', '0–2 tahun', 3_000_000, 10_000_000],
      ['Pemilik Usaha Berkembang', '2–5 tahun', 10_000_000, 30_000_000],
      ['Pengusaha Mapan / CEO', '5+ tahun', 30_000_000, 100_000_000],
    ],
    insights: [
      'UMKM menyerap sebagian besar tenaga kerja Indonesia, dan ekosistem digital memudahkan usaha baru menjangkau pembeli.',
      'Penghasilan wirausahawan sangat bervariasi; pengelolaan arus kas dan dana darurat menjadi kunci bertahan di tahun-tahun awal.',
    ],
  }),
  defineProfession({
    id: 507,
    slug: 'spesialis-hubungan-masyarakat',
    name: 'Spesialis Hubungan Masyarakat',
    sub: 'BISNIS_PEMASARAN',
    code: 'EAS',
    about:
      'Spesialis hubungan masyarakat (humas) atau public relations membangun dan menjaga citra positif organisasi di mata publik, media, dan pemangku kepentingan. Mereka menulis siaran pers, mengatur konferensi pers dan acara, membina hubungan dengan jurnalis, mengelola komunikasi krisis, serta memantau pemberitaan dan percakapan di media sosial. Humas bekerja di perusahaan, instansi pemerintah, lembaga nirlaba, rumah sakit, atau agensi PR.',
    personality:
      'Cocok untuk kamu yang pandai berkomunikasi, senang menulis dan berbicara, serta mudah membangun jaringan. Kamu yang percaya diri, tenang saat menjadi sorotan, dan peka membaca opini publik akan berkembang di bidang humas.',
    activities: [
      'Menulis siaran pers, naskah sambutan, dan konten komunikasi perusahaan',
      'Membina hubungan dengan jurnalis dan media',
      'Mengatur konferensi pers, acara, dan kegiatan tanggung jawab sosial perusahaan',
      'Memantau pemberitaan dan sentimen publik di media sosial',
      'Menyusun strategi komunikasi saat terjadi krisis',
    ],
    hard: {
      wajib: ['Penulisan siaran pers', 'Hubungan media', 'Komunikasi krisis', 'Strategi komunikasi'],
      dianjurkan: ['Analitik media sosial'],
    },
    soft: {
      wajib: ['Komunikasi', 'Berbicara di depan umum', 'Membangun relasi', 'Ketenangan di bawah tekanan'],
    },
    tools: {
      wajib: ['Alat pemantauan media', 'Microsoft Word', 'Microsoft PowerPoint'],
      umum: ['Canva', 'Platform media sosial'],
    },
    study: ['Ilmu Komunikasi', 'Hubungan Masyarakat'],
    career: [
      ['PR Officer', '0–2 tahun', 5_000_000, 8_000_000],
      ['PR Specialist', '2–5 tahun', 8_000_000, 14_000_000],
      ['PR Manager', '5–9 tahun', 14_000_000, 28_000_000],
      ['Head of Corporate Communications', '9+ tahun', 28_000_000, 55_000_000],
    ],
    insights: [
      'Isu bisa viral dalam hitungan jam, sehingga organisasi membutuhkan humas yang sigap dan paham digital.',
      'Instansi pemerintah juga membuka formasi pranata humas melalui jalur ASN.',
    ],
  }),
  defineProfession({
    id: 508,
    slug: 'manajer-proyek',
    name: 'Manajer Proyek',
    sub: 'BISNIS_MANAJEMEN',
    code: 'EC',
    about:
      'Manajer proyek merencanakan, mengoordinasikan, dan mengawasi proyek agar selesai tepat waktu, sesuai anggaran, dan memenuhi mutu yang disepakati. Mereka menyusun jadwal dan pembagian tugas, mengelola risiko, memimpin rapat dengan tim dan klien, serta melaporkan kemajuan kepada manajemen. Manajer proyek dibutuhkan di teknologi informasi, konstruksi, konsultan, manufaktur, hingga organisasi nirlaba.',
    personality:
      'Cocok untuk kamu yang senang memimpin, terorganisasi, dan puas ketika rencana besar berjalan sesuai target. Orang yang tegas, komunikatif, dan tenang menghadapi perubahan mendadak akan berkembang sebagai manajer proyek.',
    activities: [
      'Menyusun rencana proyek, jadwal, dan anggaran',
      'Membagi tugas dan memimpin tim lintas fungsi',
      'Memantau kemajuan, risiko, dan kendala proyek',
      'Memimpin rapat koordinasi dengan klien dan pemangku kepentingan',
      'Menyusun laporan status proyek untuk manajemen',
    ],
    hard: {
      wajib: ['Manajemen proyek', 'Penganggaran', 'Manajemen risiko', 'Metodologi Agile dan Scrum'],
      dianjurkan: ['Analisis bisnis'],
    },
    soft: { wajib: ['Kepemimpinan', 'Komunikasi', 'Pengambilan keputusan', 'Manajemen waktu'] },
    tools: {
      wajib: ['Aplikasi manajemen proyek (Trello atau Asana)', 'Microsoft Project', 'Jira'],
      umum: ['Microsoft Excel', 'Google Workspace'],
    },
    study: ['Manajemen', 'Teknik Industri', 'Sistem Informasi'],
    career: [
      ['Project Coordinator', '0–2 tahun', 6_000_000, 9_000_000],
      ['Project Manager', '3–6 tahun', 12_000_000, 22_000_000],
      ['Senior Project Manager', '6–10 tahun', 22_000_000, 38_000_000],
      ['Kepala PMO / Program Director', '10+ tahun', 38_000_000, 65_000_000],
    ],
    insights: [
      'Sertifikasi manajemen proyek seperti PMP atau Scrum Master diakui luas dan sering menaikkan posisi tawar gaji.',
      'Manajer proyek teknologi informasi dan konstruksi termasuk yang paling banyak dicari.',
    ],
  }),
  defineProfession({
    id: 509,
    slug: 'agen-properti',
    name: 'Agen Properti',
    sub: 'BISNIS_PENJUALAN',
    code: 'EC',
    about:
      'Agen properti membantu klien membeli, menjual, atau menyewa rumah, apartemen, ruko, dan tanah. Mereka mencari properti yang akan dipasarkan, memotret dan mengiklankannya, mengantar calon pembeli meninjau lokasi, menegosiasikan harga, hingga mendampingi proses dokumen dan transaksi di notaris. Agen properti bekerja di kantor agen properti, pengembang perumahan, atau sebagai agen independen dengan penghasilan berbasis komisi.',
    personality:
      'Cocok untuk kamu yang luwes bergaul, pandai bernegosiasi, dan tertarik dengan dunia properti. Kamu yang gigih, rapi mengurus dokumen, dan sabar mendampingi klien hingga transaksi selesai akan berkembang sebagai agen properti.',
    activities: [
      'Mencari dan mendata properti yang akan dijual atau disewakan',
      'Memasarkan properti di portal daring dan media sosial',
      'Mengantar calon pembeli meninjau lokasi properti',
      'Menegosiasikan harga dan syarat transaksi antara penjual dan pembeli',
      'Mendampingi pengurusan dokumen, KPR, dan akta jual beli',
    ],
    hard: {
      wajib: ['Teknik penjualan', 'Penilaian harga properti', 'Legalitas properti', 'Pemasaran digital'],
      dianjurkan: ['Fotografi produk'],
    },
    soft: { wajib: ['Negosiasi', 'Membangun relasi', 'Pantang menyerah', 'Komunikasi'] },
    tools: {
      wajib: ['Portal properti daring', 'WhatsApp Business', 'Aplikasi CRM (Salesforce atau HubSpot)'],
      umum: ['Kamera ponsel', 'Microsoft Excel'],
    },
    study: ['Manajemen', 'Ekonomi'],
    career: [
      ['Agen Properti Baru', '0–2 tahun', 3_500_000, 8_000_000],
      ['Agen Properti Berpengalaman', '2–5 tahun', 8_000_000, 20_000_000],
      ['Principal / Pemilik Kantor Agen', '5+ tahun', 20_000_000, 60_000_000],
    ],
    insights: [
      'Penghasilan agen properti terutama berasal dari komisi, sehingga bisa sangat bervariasi dari bulan ke bulan.',
      'Sertifikasi broker properti dan jaringan relasi yang luas menaikkan kepercayaan klien.',
    ],
  }),
  defineProfession({
    id: 510,
    slug: 'manajer-restoran',
    name: 'Manajer Restoran',
    sub: 'KULINER',
    code: 'ESC',
    about:
      'Manajer restoran memimpin operasional restoran, kafe, atau gerai makanan agar pelanggan puas dan usaha tetap untung. Mereka mengatur jadwal karyawan, mengawasi mutu makanan dan layanan, mengelola stok bahan dan biaya, menangani keluhan pelanggan, serta menyusun strategi promosi. Manajer restoran bekerja di restoran waralaba, hotel, jaringan kafe, atau usaha kuliner mandiri.',
    personality:
      'Cocok untuk kamu yang suka dunia kuliner, senang melayani orang, dan sanggup memimpin tim di suasana yang serba cepat. Kamu yang tegas, ramah, dan paham angka penjualan akan berkembang sebagai manajer restoran.',
    activities: [
      'Memimpin dan menjadwalkan tim dapur serta pramusaji',
      'Memastikan mutu makanan, kebersihan, dan pelayanan pelanggan',
      'Mengelola stok bahan, biaya, dan laporan penjualan harian',
      'Menangani keluhan dan masukan pelanggan',
      'Merancang promosi dan kerja sama dengan layanan pesan antar',
    ],
    hard: {
      wajib: [
        'Manajemen operasional restoran',
        'Pengendalian biaya makanan',
        'Manajemen persediaan',
        'Keamanan pangan dan sanitasi',
      ],
      dianjurkan: ['Pemasaran digital'],
    },
    soft: { wajib: ['Kepemimpinan', 'Pelayanan pelanggan', 'Pemecahan masalah', 'Komunikasi'] },
    tools: {
      wajib: ['Aplikasi kasir (POS)', 'Microsoft Excel'],
      umum: ['Aplikasi layanan pesan antar', 'Aplikasi penjadwalan karyawan'],
    },
    study: ['Perhotelan', 'Manajemen'],
    career: [
      ['Supervisor Restoran', '0–3 tahun', 5_000_000, 7_000_000],
      ['Asisten Manajer Restoran', '3–5 tahun', 7_000_000, 10_000_000],
      ['Manajer Restoran', '5–8 tahun', 10_000_000, 16_000_000],
      ['Area Manager', '8+ tahun', 16_000_000, 30_000_000],
    ],
    insights: [
      'Industri kuliner terus tumbuh dengan banyaknya merek kafe dan restoran baru di kota besar maupun menengah.',
      'Pengalaman memimpin gerai waralaba sering menjadi jalan menuju posisi area manager.',
    ],
  }),
  defineProfession({
    id: 511,
    slug: 'manajer-produk-digital',
    name: 'Manajer Produk Digital',
    sub: 'TI_PRODUK_DIGITAL',
    code: 'EIA',
    about:
      'Manajer produk digital (product manager) menentukan arah pengembangan aplikasi atau layanan digital: fitur apa yang dibangun, untuk siapa, dan mengapa. Mereka meriset kebutuhan pengguna dan pasar, menyusun peta jalan produk, memprioritaskan fitur bersama tim teknis dan desain, lalu mengukur dampak setiap rilis dengan data. Manajer produk bekerja di startup, perusahaan teknologi, bank digital, e-commerce, dan perusahaan yang sedang bertransformasi digital.',
    personality:
      'Cocok untuk kamu yang suka memimpin tanpa harus menjadi bos, penasaran dengan teknologi, dan senang memecahkan masalah pengguna. Orang yang analitis, komunikatif, dan berani mengambil keputusan berdasarkan data akan berkembang sebagai manajer produk.',
    activities: [
      'Meriset kebutuhan pengguna dan peluang pasar',
      'Menyusun peta jalan produk dan memprioritaskan fitur',
      'Menulis dokumen kebutuhan produk untuk tim pengembang dan desainer',
      'Memimpin rapat sprint dan koordinasi lintas tim',
      'Menganalisis data penggunaan produk untuk mengukur keberhasilan fitur',
    ],
    hard: {
      wajib: ['Manajemen produk', 'Riset pengguna', 'Analisis data produk', 'Metodologi Agile dan Scrum'],
      dianjurkan: ['SQL', 'Wireframing dan prototyping'],
    },
    soft: { wajib: ['Kepemimpinan', 'Komunikasi', 'Pengambilan keputusan', 'Berpikir analitis'] },
    tools: { wajib: ['Jira', 'Figma', 'Google Analytics'], umum: ['Miro', 'Notion'] },
    study: ['Sistem Informasi', 'Teknik Informatika', 'Manajemen'],
    career: [
      ['Associate Product Manager', '0–2 tahun', 10_000_000, 16_000_000],
      ['Product Manager', '2–5 tahun', 16_000_000, 30_000_000],
      ['Senior Product Manager', '5–8 tahun', 30_000_000, 50_000_000],
      ['Head of Product', '8+ tahun', 50_000_000, 90_000_000],
    ],
    insights: [
      'Perusahaan digital dan bank yang bertransformasi membutuhkan manajer produk yang memahami pengguna dan data.',
      'Banyak manajer produk berasal dari latar belakang pengembang, desainer, atau analis bisnis yang kemudian beralih peran.',
    ],
  }),
];
