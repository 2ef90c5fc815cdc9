// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter C (part 1 of 2): accounting, tax, audit and finance. */

export const CONVENTIONAL_PROFESSIONS_1: readonly ProfessionSeed[] = [
  defineProfession({
    id: 601,
    slug: 'akuntan',
    name: 'Akuntan',
    sub: 'KEUANGAN_AKUNTANSI',
    code: 'CE',
    about:
      'Akuntan mencatat, mengolah, dan melaporkan transaksi keuangan organisasi sehingga pemilik dan manajemen mengetahui kondisi keuangan yang sebenarnya. Akuntan mengerjakan pembukuan, menyusun laporan keuangan seperti neraca dan laba rugi, menghitung dan melaporkan pajak, serta membantu menyusun anggaran. Akuntan bekerja di perusahaan, kantor akuntan publik, instansi pemerintah, bank, atau sebagai konsultan bagi UMKM.',
    personality:
      'Cocok untuk kamu yang teliti dengan angka, suka keteraturan, dan puas ketika catatan keuangan seimbang. Orang yang jujur, tekun, dan nyaman bekerja dengan spreadsheet serta aturan akan berkembang sebagai akuntan.',
    activities: [
      'Mencatat transaksi dan mengerjakan pembukuan harian',
      'Menyusun laporan keuangan bulanan dan tahunan',
      'Menghitung, menyetor, dan melaporkan pajak perusahaan',
      'Melakukan rekonsiliasi bank dan memeriksa bukti transaksi',
      'Membantu penyusunan anggaran dan analisis biaya',
    ],
    hard: {
      wajib: ['Akuntansi keuangan', 'Penyusunan laporan keuangan', 'Perpajakan', 'Pembukuan'],
      dianjurkan: ['Akuntansi biaya', 'Analisis laporan keuangan'],
    },
    soft: { wajib: ['Ketelitian', 'Integritas', 'Manajemen waktu'] },
    tools: {
      wajib: [
        'Microsoft Excel',
        'Perangkat lunak akuntansi (Accurate, Jurnal, atau SAP)',
        'Aplikasi perpajakan DJP',
      ],
      umum: ['Google Sheets'],
    },
    study: ['Akuntansi'],
    career: [
      ['Staf Akuntansi', '0–2 tahun', 5_000_000, 7_500_000],
      ['Akuntan Senior', '2–5 tahun', 8_000_000, 14_000_000],
      ['Manajer Akuntansi', '5–10 tahun', 15_000_000, 28_000_000],
      ['Financial Controller', '10+ tahun', 30_000_000, 60_000_000],
    ],
    insights: [
      'Setiap organisasi membutuhkan pencatatan keuangan, sehingga akuntan termasuk profesi dengan peluang kerja yang stabil.',
      'Sertifikasi akuntan profesional, brevet pajak, dan kemampuan sistem ERP memperbesar peluang promosi.',
    ],
  }),
  defineProfession({
    id: 602,
    slug: 'konsultan-pajak',
    name: 'Konsultan Pajak',
    sub: 'KEUANGAN_AKUNTANSI',
    code: 'CE',
    about:
      'Konsultan pajak membantu perorangan dan perusahaan menghitung, membayar, dan melaporkan pajak dengan benar sesuai peraturan. Mereka menyiapkan SPT, memberi nasihat perencanaan pajak yang sah, mendampingi klien saat pemeriksaan pajak, dan mengikuti perubahan peraturan perpajakan. Konsultan pajak bekerja di kantor konsultan pajak, kantor akuntan publik, departemen pajak perusahaan, atau membuka praktik sendiri.',
    personality:
      'Cocok untuk kamu yang teliti, senang membaca aturan, dan bisa menjelaskan hal rumit dengan sederhana kepada klien. Kamu yang jujur, sistematis, dan tenang saat dikejar tenggat pelaporan akan berkembang sebagai konsultan pajak.',
    activities: [
      'Menghitung pajak penghasilan, PPN, dan pajak lain milik klien',
      'Menyiapkan dan melaporkan SPT masa dan tahunan',
      'Memberikan konsultasi perencanaan pajak sesuai peraturan',
      'Mendampingi klien saat pemeriksaan atau sengketa pajak',
      'Mengikuti perkembangan peraturan perpajakan terbaru',
    ],
    hard: {
      wajib: ['Perpajakan', 'Penyusunan SPT', 'Akuntansi keuangan', 'Analisis peraturan perpajakan'],
      dianjurkan: ['Pajak internasional'],
    },
    soft: { wajib: ['Ketelitian', 'Integritas', 'Komunikasi'] },
    tools: {
      wajib: [
        'Aplikasi perpajakan DJP',
        'Microsoft Excel',
        'Perangkat lunak akuntansi (Accurate, Jurnal, atau SAP)',
      ],
      umum: ['Basis data peraturan dan putusan'],
    },
    study: ['Akuntansi', 'Perpajakan'],
    career: [
      ['Tax Associate', '0–2 tahun', 5_500_000, 8_000_000],
      ['Konsultan Pajak Senior', '2–6 tahun', 8_500_000, 16_000_000],
      ['Manajer Pajak', '6–10 tahun', 16_000_000, 32_000_000],
      ['Partner Konsultan Pajak', '10+ tahun', 35_000_000, 80_000_000],
    ],
    insights: [
      'Digitalisasi administrasi perpajakan dan perluasan basis pajak menaikkan kebutuhan pendampingan pajak bagi perusahaan dan UMKM.',
      'Sertifikasi konsultan pajak bertingkat menjadi jalur resmi untuk berpraktik.',
    ],
  }),
  defineProfession({
    id: 603,
    slug: 'auditor',
    name: 'Auditor',
    sub: 'KEUANGAN_AKUNTANSI',
    code: 'CEI',
    about:
      'Auditor memeriksa catatan dan laporan keuangan serta proses kerja organisasi untuk memastikan semuanya akurat, wajar, dan sesuai aturan. Auditor eksternal di kantor akuntan publik memberikan opini atas laporan keuangan klien, sedangkan auditor internal membantu perusahaan menemukan risiko, kecurangan, dan pemborosan. Auditor bekerja di kantor akuntan publik, perusahaan besar, BUMN, bank, dan lembaga pemeriksa pemerintah.',
    personality:
      'Cocok untuk kamu yang teliti, kritis, dan senang menelusuri angka sampai ketemu kejanggalan. Orang yang jujur, berani menyampaikan temuan, dan sanggup bekerja dengan tenggat ketat akan berkembang sebagai auditor.',
    activities: [
      'Memeriksa laporan keuangan, bukti transaksi, dan catatan pembukuan',
      'Menguji pengendalian internal dan kepatuhan terhadap aturan',
      'Menganalisis risiko dan menelusuri indikasi kecurangan',
      'Mewawancarai staf dan mengunjungi lokasi operasional klien',
      'Menyusun laporan temuan dan rekomendasi perbaikan',
    ],
    hard: {
      wajib: ['Audit keuangan', 'Akuntansi keuangan', 'Pengendalian internal', 'Analisis laporan keuangan'],
      dianjurkan: ['Audit berbasis data', 'Investigasi kecurangan'],
    },
    soft: { wajib: ['Ketelitian', 'Integritas', 'Berpikir kritis', 'Komunikasi'] },
    tools: {
      wajib: ['Microsoft Excel', 'Perangkat lunak audit (ACL atau IDEA)'],
      umum: ['Tableau atau Power BI', 'Perangkat lunak akuntansi (Accurate, Jurnal, atau SAP)'],
    },
    study: ['Akuntansi'],
    career: [
      ['Auditor Junior', '0–2 tahun', 6_000_000, 9_000_000],
      ['Auditor Senior', '2–5 tahun', 9_000_000, 16_000_000],
      ['Manajer Audit', '5–9 tahun', 18_000_000, 35_000_000],
      ['Partner Audit / Kepala Audit Internal', '10+ tahun', 38_000_000, 90_000_000],
    ],
    insights: [
      'Kantor akuntan publik rutin merekrut lulusan akuntansi, dan pengalaman audit menjadi batu loncatan ke banyak posisi keuangan.',
      'Sertifikasi audit internal, akuntan publik, atau pemeriksa kecurangan menaikkan peluang karier dan penghasilan.',
    ],
  }),
  defineProfession({
    id: 604,
    slug: 'analis-keuangan',
    name: 'Analis Keuangan',
    sub: 'KEUANGAN_ANALISIS',
    code: 'CI',
    about:
      'Analis keuangan mengolah data keuangan untuk membantu perusahaan atau investor mengambil keputusan, misalnya apakah sebuah proyek layak dibiayai atau saham mana yang menarik dibeli. Mereka menganalisis laporan keuangan, membuat model proyeksi, menghitung rasio dan nilai perusahaan, lalu menyusun rekomendasi. Analis keuangan bekerja di perusahaan, bank, sekuritas, manajer investasi, dan konsultan keuangan.',
    personality:
      'Cocok untuk kamu yang suka angka, tertarik pada dunia bisnis dan investasi, serta teliti menyusun perhitungan. Kamu yang analitis, terstruktur, dan mampu menjelaskan angka menjadi cerita yang jelas akan berkembang sebagai analis keuangan.',
    activities: [
      'Menganalisis laporan keuangan dan rasio kinerja perusahaan',
      'Membangun model keuangan dan proyeksi pendapatan',
      'Menilai kelayakan investasi dan proyek',
      'Menyusun anggaran dan memantau realisasinya',
      'Membuat laporan dan presentasi rekomendasi untuk manajemen',
    ],
    hard: {
      wajib: ['Analisis laporan keuangan', 'Pemodelan keuangan', 'Valuasi perusahaan', 'Penganggaran'],
      dianjurkan: ['SQL', 'Visualisasi data'],
    },
    soft: { wajib: ['Berpikir analitis', 'Ketelitian', 'Komunikasi'] },
    tools: {
      wajib: ['Microsoft Excel', 'Microsoft PowerPoint', 'Terminal data pasar (Bloomberg)'],
      umum: ['Tableau atau Power BI'],
    },
    study: ['Akuntansi', 'Manajemen Keuangan', 'Ekonomi'],
    career: [
      ['Analis Keuangan Junior', '0–2 tahun', 7_000_000, 10_000_000],
      ['Analis Keuangan', '2–5 tahun', 10_000_000, 18_000_000],
      ['FP&A Manager', '5–9 tahun', 18_000_000, 35_000_000],
      ['Head of Finance / CFO', '10+ tahun', 40_000_000, 100_000_000],
    ],
    insights: [
      'Perusahaan makin mengandalkan data untuk keputusan keuangan, sehingga analis yang mahir pemodelan dicari di berbagai sektor.',
      'Sertifikasi analis keuangan dan izin wakil manajer investasi membuka peluang di industri pasar modal.',
    ],
  }),
  defineProfession({
    id: 605,
    slug: 'teller-bank',
    name: 'Teller Bank',
    sub: 'KEUANGAN_PERBANKAN',
    code: 'CS',
    about:
      'Teller bank melayani nasabah yang melakukan transaksi tunai dan nontunai di kantor cabang, seperti setor dan tarik tunai, transfer, pembayaran tagihan, dan penukaran uang. Teller memastikan setiap transaksi tercatat akurat, menghitung dan menyeimbangkan kas di akhir hari, serta mematuhi prosedur keamanan dan anti pencucian uang. Teller bekerja di bank umum, bank syariah, dan bank perekonomian rakyat.',
    personality:
      'Cocok untuk kamu yang teliti menghitung uang, ramah melayani orang, dan nyaman bekerja sesuai prosedur. Kamu yang jujur, tenang menghadapi antrean panjang, dan berpenampilan rapi akan berkembang sebagai teller.',
    activities: [
      'Melayani setoran, penarikan, dan transfer dana nasabah',
      'Menghitung uang dan memeriksa keasliannya',
      'Mencatat transaksi di sistem perbankan dengan akurat',
      'Menyeimbangkan kas dan membuat laporan akhir hari',
      'Menawarkan produk tabungan atau layanan bank kepada nasabah',
    ],
    hard: {
      wajib: ['Operasional perbankan', 'Pengelolaan kas', 'Entri data', 'Prosedur anti pencucian uang'],
      dianjurkan: ['Pengetahuan produk'],
    },
    soft: { wajib: ['Ketelitian', 'Pelayanan pelanggan', 'Integritas', 'Kesabaran'] },
    tools: {
      wajib: ['Sistem core banking', 'Mesin hitung uang', 'Alat deteksi uang palsu'],
      umum: ['Microsoft Excel'],
    },
    study: ['Perbankan', 'Akuntansi', 'Manajemen Keuangan'],
    career: [
      ['Teller', '0–2 tahun', 4_800_000, 6_500_000],
      ['Head Teller', '2–5 tahun', 6_500_000, 9_000_000],
      ['Supervisor Operasional Cabang', '5–8 tahun', 9_000_000, 14_000_000],
      ['Kepala Cabang', '8+ tahun', 15_000_000, 30_000_000],
    ],
    insights: [
      'Transaksi digital mengurangi jumlah teller di kota besar, tetapi layanan cabang tetap penting di daerah.',
      'Teller berprestasi dapat beralih ke posisi layanan nasabah, operasional, atau pemasaran bank.',
    ],
  }),
];
