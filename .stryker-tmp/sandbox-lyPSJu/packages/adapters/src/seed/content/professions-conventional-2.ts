// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter C (part 2 of 2): office, service, logistics, quality and records. */

export const CONVENTIONAL_PROFESSIONS_2: readonly ProfessionSeed[] = [
  defineProfession({
    id: 606,
    slug: 'staf-administrasi-perkantoran',
    name: 'Staf Administrasi Perkantoran',
    sub: 'ADMINISTRASI_KANTOR',
    code: 'C',
    about:
      'Staf administrasi perkantoran memastikan urusan administrasi kantor berjalan tertib, mulai dari surat-menyurat, pengarsipan dokumen, input data, dan pengadaan alat tulis hingga penjadwalan rapat. Mereka menjadi penghubung informasi antarbagian dan membantu atasan agar pekerjaan utama tidak terganggu urusan administratif. Hampir setiap perusahaan, sekolah, rumah sakit, dan instansi pemerintah membutuhkan staf administrasi.',
    personality:
      'Cocok untuk kamu yang rapi, teratur, dan senang membuat segala sesuatu mudah ditemukan. Kamu yang teliti, bisa dipercaya, dan cekatan mengerjakan banyak tugas kecil akan berkembang sebagai staf administrasi.',
    activities: [
      'Membuat, mengirim, dan mengarsipkan surat serta dokumen kantor',
      'Menginput dan memperbarui data di spreadsheet atau sistem',
      'Mengatur jadwal rapat, agenda atasan, dan ruang pertemuan',
      'Mengelola stok alat tulis kantor dan pengadaan kebutuhan',
      'Menerima tamu dan telepon serta meneruskan informasi',
    ],
    hard: {
      wajib: ['Administrasi perkantoran', 'Pengarsipan dokumen', 'Entri data', 'Korespondensi bisnis'],
      dianjurkan: ['Pembukuan'],
    },
    soft: { wajib: ['Ketelitian', 'Manajemen waktu', 'Komunikasi', 'Integritas'] },
    tools: {
      wajib: ['Microsoft Word', 'Microsoft Excel', 'Google Workspace'],
      umum: ['Mesin fotokopi dan pemindai', 'Aplikasi persuratan elektronik'],
    },
    study: ['Administrasi Perkantoran', 'Administrasi Bisnis', 'Sekretari'],
    career: [
      ['Staf Administrasi', '0–2 tahun', 4_500_000, 6_000_000],
      ['Staf Administrasi Senior / Sekretaris', '2–5 tahun', 6_000_000, 8_500_000],
      ['Office Manager', '5+ tahun', 8_500_000, 14_000_000],
    ],
    insights: [
      'Lowongan staf administrasi tersedia di hampir semua sektor dan menjadi pintu masuk yang baik ke dunia kerja.',
      'Penguasaan spreadsheet tingkat lanjut dan aplikasi kantor digital membedakan kandidat di tengah persaingan.',
    ],
  }),
  defineProfession({
    id: 607,
    slug: 'petugas-layanan-pelanggan',
    name: 'Petugas Layanan Pelanggan',
    sub: 'ADMINISTRASI_LAYANAN',
    code: 'CSE',
    about:
      'Petugas layanan pelanggan atau customer service menjawab pertanyaan, menangani keluhan, dan membantu pelanggan menyelesaikan masalah melalui telepon, obrolan daring, email, atau tatap muka. Mereka mencatat setiap laporan di sistem tiket, mengikuti prosedur penyelesaian, dan berkoordinasi dengan bagian lain agar pelanggan puas. Layanan pelanggan dibutuhkan di bank, e-commerce, telekomunikasi, maskapai, rumah sakit, dan perusahaan jasa.',
    personality:
      'Cocok untuk kamu yang sabar, ramah, dan senang membantu orang menemukan solusi. Kamu yang teratur mencatat informasi, tenang menghadapi pelanggan yang marah, dan bisa mengikuti prosedur akan berkembang di bidang ini.',
    activities: [
      'Menjawab pertanyaan pelanggan melalui telepon, chat, atau email',
      'Mencatat keluhan di sistem tiket dan memantau penyelesaiannya',
      'Membantu pelanggan mengurus pengembalian dana, penukaran barang, atau perubahan data',
      'Berkoordinasi dengan bagian terkait untuk menyelesaikan masalah',
      'Menyusun laporan keluhan dan usulan perbaikan layanan',
    ],
    hard: {
      wajib: ['Penanganan keluhan pelanggan', 'Pengetahuan produk', 'Entri data', 'Komunikasi tertulis'],
      dianjurkan: ['Bahasa Inggris'],
    },
    soft: { wajib: ['Pelayanan pelanggan', 'Kesabaran', 'Komunikasi', 'Empati'] },
    tools: {
      wajib: ['Sistem tiket (Zendesk atau Freshdesk)', 'Aplikasi CRM (Salesforce atau HubSpot)'],
      umum: ['WhatsApp Business', 'Headset dan sistem call center'],
    },
    study: ['Administrasi Bisnis', 'Ilmu Komunikasi'],
    career: [
      ['Customer Service Officer', '0–2 tahun', 4_500_000, 6_000_000],
      ['Team Leader Customer Service', '2–5 tahun', 6_000_000, 9_000_000],
      ['Customer Service Supervisor', '5–8 tahun', 9_000_000, 14_000_000],
      ['Customer Experience Manager', '8+ tahun', 14_000_000, 28_000_000],
    ],
    insights: [
      'Pertumbuhan e-commerce dan layanan digital menjaga kebutuhan layanan pelanggan daring, termasuk yang bisa bekerja jarak jauh.',
      'Pengalaman menangani keluhan sulit menjadi bekal berharga untuk karier di bidang pengalaman pelanggan.',
    ],
  }),
  defineProfession({
    id: 608,
    slug: 'staf-logistik-gudang',
    name: 'Staf Logistik dan Gudang',
    sub: 'TRANSPORTASI_LOGISTIK',
    code: 'CR',
    about:
      'Staf logistik dan gudang mengatur arus barang dari pemasok ke gudang hingga ke pelanggan. Mereka menerima dan memeriksa barang masuk, mencatat stok di sistem, menyusun barang agar mudah diambil, menyiapkan pengiriman, dan melakukan stock opname secara berkala. Profesi ini dibutuhkan di perusahaan distribusi, e-commerce, manufaktur, ritel, dan jasa ekspedisi.',
    personality:
      'Cocok untuk kamu yang rapi, teliti menghitung, dan tidak keberatan bekerja aktif bergerak di gudang. Kamu yang disiplin, teratur, dan cekatan akan berkembang di bidang logistik.',
    activities: [
      'Menerima, memeriksa, dan mencatat barang masuk dari pemasok',
      'Menyusun dan menata barang di rak gudang',
      'Menyiapkan pesanan dan dokumen pengiriman barang',
      'Melakukan stock opname dan mencocokkan stok fisik dengan sistem',
      'Berkoordinasi dengan ekspedisi dan bagian pembelian',
    ],
    hard: {
      wajib: ['Manajemen persediaan', 'Administrasi gudang', 'Entri data', 'Pengelolaan pengiriman'],
      dianjurkan: ['Pengoperasian forklift'],
    },
    soft: { wajib: ['Ketelitian', 'Disiplin', 'Kerja sama tim'] },
    tools: {
      wajib: ['Sistem manajemen gudang (WMS)', 'Pemindai barcode', 'Microsoft Excel'],
      umum: ['Forklift dan hand pallet'],
    },
    study: ['Manajemen Logistik', 'Teknik Industri'],
    career: [
      ['Staf Gudang / Admin Logistik', '0–2 tahun', 4_500_000, 6_000_000],
      ['Kepala Gudang', '2–6 tahun', 6_500_000, 10_000_000],
      ['Manajer Logistik', '6+ tahun', 12_000_000, 25_000_000],
    ],
    insights: [
      'Pertumbuhan e-commerce dan pusat distribusi menjaga tingginya kebutuhan tenaga logistik dan gudang.',
      'Kemampuan memakai sistem gudang digital dan menganalisis stok membuka jalan menuju posisi supervisor.',
    ],
  }),
  defineProfession({
    id: 609,
    slug: 'staf-pengendali-mutu',
    name: 'Staf Pengendali Mutu',
    sub: 'TEKNIK_INDUSTRI',
    code: 'CRI',
    about:
      'Staf pengendali mutu atau quality control (QC) memeriksa bahan baku, proses produksi, dan produk jadi agar memenuhi standar mutu yang ditetapkan. Mereka mengambil sampel, melakukan pengukuran dan pengujian, mencatat hasil inspeksi, serta menahan atau melaporkan produk yang cacat. Staf QC bekerja di pabrik makanan dan minuman, otomotif, elektronik, farmasi, tekstil, dan konstruksi.',
    personality:
      'Cocok untuk kamu yang sangat teliti, taat prosedur, dan puas ketika produk keluar tanpa cacat. Orang yang tekun mencatat data, berani menyampaikan temuan, dan tertarik pada proses pabrik akan berkembang sebagai staf QC.',
    activities: [
      'Memeriksa bahan baku dan produk jadi sesuai standar mutu',
      'Mengukur dimensi, berat, atau kandungan produk dengan alat uji',
      'Mencatat hasil inspeksi dan membuat laporan ketidaksesuaian',
      'Menganalisis penyebab cacat produk bersama tim produksi',
      'Memastikan penerapan standar ISO dan prosedur mutu',
    ],
    hard: {
      wajib: [
        'Inspeksi mutu',
        'Pengendalian proses statistik (SPC)',
        'Standar ISO 9001',
        'Pengukuran dan kalibrasi',
      ],
      dianjurkan: ['Analisis akar masalah'],
    },
    soft: { wajib: ['Ketelitian', 'Integritas', 'Berpikir analitis'] },
    tools: {
      wajib: ['Jangka sorong dan mikrometer', 'Lembar periksa (checksheet)', 'Microsoft Excel'],
      umum: ['Minitab', 'Alat uji laboratorium'],
    },
    study: ['Teknik Industri', 'Teknologi Pangan', 'Kimia'],
    career: [
      ['QC Inspector', '0–2 tahun', 4_800_000, 6_500_000],
      ['QC Supervisor', '2–6 tahun', 7_000_000, 11_000_000],
      ['Quality Manager', '6+ tahun', 13_000_000, 28_000_000],
    ],
    insights: [
      'Industri manufaktur dan makanan yang mengekspor produk membutuhkan tenaga QC yang paham standar internasional.',
      'Sertifikasi Six Sigma atau auditor ISO memperbesar peluang naik ke posisi manajer mutu.',
    ],
  }),
  defineProfession({
    id: 610,
    slug: 'perekam-medis',
    name: 'Perekam Medis',
    sub: 'KESEHATAN_PENUNJANG',
    code: 'CIS',
    about:
      'Perekam medis dan informasi kesehatan mengelola rekam medis pasien agar lengkap, akurat, aman, dan mudah diakses tenaga kesehatan. Mereka memberi kode diagnosis dan tindakan sesuai standar ICD, mengolah data untuk klaim BPJS Kesehatan, menyusun laporan statistik rumah sakit, serta menjaga kerahasiaan data pasien. Perekam medis bekerja di rumah sakit, puskesmas, klinik, dan perusahaan asuransi kesehatan.',
    personality:
      'Cocok untuk kamu yang tertarik pada dunia kesehatan tetapi lebih nyaman bekerja dengan data dan dokumen daripada merawat pasien langsung. Orang yang teliti, teratur, dan bisa menjaga rahasia akan berkembang di profesi ini.',
    activities: [
      'Mengelola dan menyimpan berkas rekam medis elektronik maupun kertas',
      'Memberi kode diagnosis dan tindakan medis (ICD-10 dan ICD-9-CM)',
      'Menyiapkan data untuk klaim BPJS Kesehatan dan asuransi',
      'Menyusun laporan statistik kunjungan dan penyakit',
      'Menjaga kerahasiaan dan keamanan data pasien',
    ],
    hard: {
      wajib: ['Pengodean klinis (ICD)', 'Manajemen rekam medis', 'Entri data', 'Statistik kesehatan'],
      dianjurkan: ['Terminologi medis'],
    },
    soft: { wajib: ['Ketelitian', 'Integritas', 'Kerja sama tim'] },
    tools: {
      wajib: [
        'Sistem informasi manajemen rumah sakit (SIMRS)',
        'Sistem rekam medis elektronik',
        'Aplikasi klaim BPJS',
      ],
      umum: ['Microsoft Excel'],
    },
    study: ['Rekam Medis dan Informasi Kesehatan'],
    career: [
      ['Perekam Medis Pelaksana', '0–3 tahun', 4_000_000, 5_800_000],
      ['Koder Klinis Senior', '3–7 tahun', 5_800_000, 8_500_000],
      ['Kepala Instalasi Rekam Medis', '7+ tahun', 8_500_000, 15_000_000],
    ],
    insights: [
      'Kewajiban rekam medis elektronik di fasilitas kesehatan menaikkan kebutuhan perekam medis yang melek digital.',
      'Keahlian pengodean klinis menentukan kelancaran klaim BPJS, sehingga koder berpengalaman sangat dihargai.',
    ],
  }),
  defineProfession({
    id: 611,
    slug: 'pustakawan',
    name: 'Pustakawan',
    sub: 'ADMINISTRASI_PERPUSTAKAAN',
    code: 'CSA',
    about:
      'Pustakawan mengelola koleksi buku, jurnal, arsip, dan sumber digital agar mudah ditemukan dan dimanfaatkan pengunjung. Mereka mengatalog dan mengklasifikasikan bahan pustaka, membantu pengguna mencari informasi, mengelola sistem perpustakaan digital, serta mengadakan kegiatan literasi. Pustakawan bekerja di perpustakaan sekolah, kampus, daerah, perusahaan, lembaga riset, dan perpustakaan nasional.',
    personality:
      'Cocok untuk kamu yang suka buku, teratur, dan senang membantu orang menemukan informasi yang mereka butuhkan. Kamu yang teliti, sabar, dan tertarik pada literasi serta teknologi informasi akan berkembang sebagai pustakawan.',
    activities: [
      'Mengatalog, mengklasifikasi, dan menata koleksi bahan pustaka',
      'Membantu pengunjung mencari buku, jurnal, dan sumber informasi',
      'Mengelola sistem perpustakaan digital dan repositori',
      'Menyelenggarakan kegiatan literasi, klub buku, dan pelatihan pencarian informasi',
      'Merawat, melestarikan, dan mendigitalkan koleksi',
    ],
    hard: {
      wajib: [
        'Katalogisasi dan klasifikasi',
        'Manajemen informasi',
        'Literasi informasi',
        'Pengarsipan dokumen',
      ],
      dianjurkan: ['Digitalisasi koleksi'],
    },
    soft: { wajib: ['Ketelitian', 'Pelayanan pelanggan', 'Kesabaran'] },
    tools: {
      wajib: ['Sistem otomasi perpustakaan (SLiMS)', 'Pemindai barcode', 'Mesin fotokopi dan pemindai'],
      umum: ['Microsoft Excel', 'Repositori digital (DSpace atau EPrints)'],
    },
    study: ['Ilmu Perpustakaan'],
    career: [
      ['Pustakawan Pelaksana', '0–3 tahun', 4_000_000, 5_500_000],
      ['Pustakawan Ahli', '3–8 tahun', 5_500_000, 8_500_000],
      ['Kepala Perpustakaan', '8+ tahun', 8_500_000, 15_000_000],
    ],
    insights: [
      'Perpustakaan kampus dan instansi terus mendigitalkan koleksi, sehingga pustakawan yang paham teknologi informasi lebih dicari.',
      'Jabatan fungsional pustakawan di instansi pemerintah menawarkan jenjang karier yang jelas.',
    ],
  }),
];
