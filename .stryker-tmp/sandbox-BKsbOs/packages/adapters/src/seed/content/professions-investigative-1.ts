// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter I (part 1 of 2): technology and data. */

export const INVESTIGATIVE_PROFESSIONS_1: readonly ProfessionSeed[] = [
  defineProfession({
    id: 201,
    slug: 'analis-data',
    name: 'Analis Data',
    sub: 'TI_DATA',
    code: 'IC',
    about:
      'Analis data mengumpulkan, membersihkan, dan mengolah data untuk menjawab pertanyaan bisnis, misalnya produk mana yang paling laku atau mengapa pelanggan berhenti berlangganan. Mereka menulis kueri SQL, melakukan analisis statistik, dan menyajikan temuan dalam dasbor serta visualisasi yang mudah dipahami. Hampir semua sektor kini membutuhkan analis data, dari e-commerce, perbankan, dan telekomunikasi hingga pemerintahan.',
    personality:
      'Cocok untuk kamu yang suka angka, penasaran mencari pola, dan puas ketika data yang berantakan berubah menjadi wawasan yang jelas. Orang yang teliti, logis, dan mampu menjelaskan temuan kepada orang nonteknis akan berkembang sebagai analis data.',
    activities: [
      'Menulis kueri SQL untuk mengambil data dari basis data',
      'Membersihkan dan mengolah data dengan spreadsheet atau Python',
      'Menganalisis tren, pola, dan statistik untuk menjawab pertanyaan bisnis',
      'Membuat dasbor dan visualisasi data untuk manajemen',
      'Mempresentasikan temuan dan rekomendasi kepada tim',
    ],
    hard: {
      wajib: ['SQL', 'Analisis statistik', 'Visualisasi data', 'Pemrograman Python'],
      dianjurkan: ['Machine learning dasar'],
    },
    soft: { wajib: ['Berpikir analitis', 'Ketelitian', 'Komunikasi'], dianjurkan: ['Rasa ingin tahu'] },
    tools: {
      wajib: ['Microsoft Excel', 'PostgreSQL atau MySQL', 'Tableau atau Power BI'],
      umum: ['Jupyter Notebook', 'Google Sheets'],
    },
    study: ['Statistika', 'Matematika', 'Sistem Informasi'],
    career: [
      ['Analis Data Junior', '0–2 tahun', 7_000_000, 11_000_000],
      ['Analis Data', '2–4 tahun', 11_000_000, 18_000_000],
      ['Analis Data Senior', '4–7 tahun', 18_000_000, 30_000_000],
      ['Analytics Manager', '7+ tahun', 30_000_000, 50_000_000],
    ],
    insights: [
      'Kebutuhan analis data tumbuh di hampir semua industri karena makin banyak keputusan bisnis yang berbasis data.',
      'Portofolio analisis nyata, misalnya dasbor atau studi kasus, sering lebih meyakinkan perekrut daripada sekadar ijazah.',
    ],
  }),
  defineProfession({
    id: 202,
    slug: 'pengembang-perangkat-lunak',
    name: 'Pengembang Perangkat Lunak',
    sub: 'TI_PENGEMBANGAN',
    code: 'IRC',
    about:
      'Pengembang perangkat lunak, yang juga dikenal sebagai programmer, software engineer, atau developer, membangun aplikasi web, aplikasi mobile, dan sistem yang dipakai banyak orang. Pekerjaannya meliputi menerjemahkan kebutuhan pengguna menjadi rancangan sistem, menulis kode program, menguji, dan memperbaiki bug. Lapangan kerjanya sangat luas: perusahaan teknologi, startup, bank, e-commerce, konsultan TI, hingga bekerja jarak jauh untuk klien luar negeri.',
    personality:
      'Cocok untuk kamu yang senang ngoding, memecahkan teka-teki logika, dan membangun aplikasi dari nol. Orang yang sabar melacak bug, rajin belajar teknologi baru, dan nyaman bekerja dalam tim akan berkembang sebagai pengembang perangkat lunak.',
    activities: [
      'Menulis kode program untuk membangun fitur aplikasi web atau mobile',
      'Merancang struktur basis data dan arsitektur sistem',
      'Menguji program, mencari bug, dan memperbaikinya',
      'Meninjau kode rekan tim (code review) dan menulis dokumentasi',
      'Berdiskusi dengan desainer dan manajer produk untuk memahami kebutuhan pengguna',
    ],
    hard: {
      wajib: ['Pemrograman', 'Struktur data dan algoritma', 'Pengembangan aplikasi web', 'SQL'],
      dianjurkan: ['Pengembangan aplikasi mobile', 'Komputasi awan', 'Pengujian perangkat lunak'],
    },
    soft: { wajib: ['Pemecahan masalah', 'Kerja sama tim', 'Belajar mandiri'], dianjurkan: ['Komunikasi'] },
    tools: { wajib: ['Git dan GitHub', 'Visual Studio Code', 'Docker'], umum: ['Postman', 'Jira'] },
    study: ['Teknik Informatika', 'Ilmu Komputer', 'Sistem Informasi'],
    career: [
      ['Software Engineer Junior', '0–2 tahun', 8_000_000, 15_000_000],
      ['Software Engineer', '2–5 tahun', 15_000_000, 25_000_000],
      ['Senior Software Engineer', '5–8 tahun', 25_000_000, 45_000_000],
      ['Tech Lead / Engineering Manager', '8+ tahun', 40_000_000, 70_000_000],
    ],
    insights: [
      'Permintaan pengembang tetap tinggi, terutama yang menguasai pengembangan web, mobile, dan komputasi awan.',
      'Peluang kerja jarak jauh untuk perusahaan luar negeri membuat portofolio di GitHub dan kemampuan bahasa Inggris makin berharga.',
    ],
  }),
  defineProfession({
    id: 203,
    slug: 'analis-keamanan-siber',
    name: 'Analis Keamanan Siber',
    sub: 'TI_KEAMANAN',
    code: 'ICR',
    about:
      'Analis keamanan siber melindungi sistem, jaringan, dan data organisasi dari serangan peretas, malware, dan kebocoran informasi. Mereka memantau aktivitas mencurigakan, menyelidiki insiden, menguji celah keamanan, serta menyusun kebijakan dan prosedur keamanan informasi. Profesi ini dibutuhkan di perbankan, perusahaan teknologi, telekomunikasi, konsultan keamanan, dan lembaga pemerintah.',
    personality:
      'Cocok untuk kamu yang suka memecahkan teka-teki, penasaran bagaimana sebuah sistem bisa dibobol, dan ingin memakai kemampuan itu untuk melindungi orang lain. Kamu yang teliti, tenang saat terjadi insiden, dan terus mengikuti perkembangan ancaman baru akan berkembang di bidang ini.',
    activities: [
      'Memantau log dan lalu lintas jaringan untuk mendeteksi serangan',
      'Menyelidiki insiden keamanan dan menganalisis malware',
      'Melakukan uji penetrasi dan pemindaian kerentanan sistem',
      'Menyusun kebijakan keamanan informasi dan prosedur respons insiden',
      'Memberikan edukasi kesadaran keamanan kepada karyawan',
    ],
    hard: {
      wajib: ['Keamanan jaringan', 'Analisis log dan SIEM', 'Uji penetrasi', 'Respons insiden'],
      dianjurkan: ['Administrasi Linux', 'Pemrograman Python'],
    },
    soft: { wajib: ['Berpikir analitis', 'Ketelitian', 'Integritas'] },
    tools: { wajib: ['Wireshark', 'Splunk atau Wazuh', 'Nmap'], umum: ['Burp Suite', 'Kali Linux'] },
    study: ['Teknik Informatika', 'Ilmu Komputer', 'Keamanan Siber'],
    career: [
      ['Analis SOC Junior', '0–2 tahun', 8_000_000, 13_000_000],
      ['Analis Keamanan Siber', '2–5 tahun', 13_000_000, 22_000_000],
      ['Senior Security Engineer', '5–8 tahun', 22_000_000, 40_000_000],
      ['Kepala Keamanan Informasi (CISO)', '10+ tahun', 45_000_000, 90_000_000],
    ],
    insights: [
      'Aturan pelindungan data pribadi dan maraknya serangan siber membuat banyak organisasi membentuk tim keamanan sendiri.',
      'Sertifikasi seperti CompTIA Security+, CEH, atau OSCP sering menjadi syarat atau nilai tambah.',
    ],
  }),
  defineProfession({
    id: 204,
    slug: 'aktuaris',
    name: 'Aktuaris',
    sub: 'KEUANGAN_ANALISIS',
    code: 'IC',
    about:
      'Aktuaris menggunakan matematika, statistik, dan teori peluang untuk mengukur risiko keuangan, terutama di perusahaan asuransi dan dana pensiun. Mereka menghitung premi, cadangan, dan proyeksi klaim agar perusahaan tetap sehat sekaligus adil bagi nasabah. Aktuaris juga membantu merancang produk asuransi baru dan menyusun laporan untuk regulator.',
    personality:
      'Cocok untuk kamu yang jago matematika, tekun menempuh ujian profesi bertahap, dan senang memodelkan masa depan dengan angka. Kamu yang teliti, sabar, dan berpikir jangka panjang akan berkembang sebagai aktuaris.',
    activities: [
      'Menghitung premi dan cadangan produk asuransi jiwa, kesehatan, atau umum',
      'Membangun model statistik untuk memproyeksikan klaim dan risiko',
      'Menganalisis data kematian, kesakitan, dan perilaku nasabah',
      'Menyusun laporan aktuaria untuk manajemen dan regulator',
      'Membantu merancang dan menguji harga produk asuransi baru',
    ],
    hard: {
      wajib: ['Matematika aktuaria', 'Analisis statistik', 'Pemodelan risiko', 'Pemodelan keuangan'],
      dianjurkan: ['Pemrograman Python', 'Pemrograman R'],
    },
    soft: { wajib: ['Berpikir analitis', 'Ketelitian', 'Integritas'] },
    tools: {
      wajib: ['Microsoft Excel', 'Perangkat lunak aktuaria (Prophet)'],
      umum: ['RStudio', 'Jupyter Notebook'],
    },
    study: ['Aktuaria', 'Matematika', 'Statistika'],
    career: [
      ['Analis Aktuaria', '0–3 tahun', 8_000_000, 13_000_000],
      ['Aktuaris Madya', '3–7 tahun', 15_000_000, 28_000_000],
      ['Aktuaris Fellow / Kepala Aktuaria', '7+ tahun', 35_000_000, 80_000_000],
    ],
    insights: [
      'Jumlah aktuaris bergelar di Indonesia masih terbatas dibandingkan kebutuhan industri asuransi dan dana pensiun.',
      'Kelulusan ujian profesi aktuaria sangat menentukan kenaikan jabatan dan gaji.',
    ],
  }),
  defineProfession({
    id: 205,
    slug: 'ahli-geologi',
    name: 'Ahli Geologi',
    sub: 'SAINS_KEBUMIAN',
    code: 'IR',
    about:
      'Ahli geologi mempelajari batuan, tanah, dan proses bumi untuk menemukan sumber daya seperti mineral, batu bara, minyak, gas, panas bumi, dan air tanah, serta memetakan risiko bencana seperti gempa dan longsor. Mereka melakukan survei lapangan, mengambil sampel, menganalisis data di laboratorium, dan menyusun peta geologi. Ahli geologi bekerja di perusahaan tambang, migas, konsultan lingkungan, dan lembaga riset kebumian.',
    personality:
      'Cocok untuk kamu yang penasaran dengan alam, suka petualangan di lapangan, dan senang menganalisis data ilmiah. Orang yang tahan bekerja di lokasi terpencil, teliti, dan tekun mengamati detail batuan akan berkembang sebagai geolog.',
    activities: [
      'Melakukan survei dan pemetaan geologi di lapangan',
      'Mengambil dan menganalisis sampel batuan, tanah, atau inti bor',
      'Menafsirkan data seismik, geokimia, dan pengeboran',
      'Membuat model dan peta geologi dengan perangkat lunak',
      'Menilai potensi sumber daya alam dan risiko bencana geologi',
    ],
    hard: {
      wajib: [
        'Pemetaan geologi',
        'Analisis petrologi',
        'Interpretasi data geologi',
        'Pengolahan data spasial (GIS)',
      ],
      dianjurkan: ['Pemodelan geologi 3D'],
    },
    soft: { wajib: ['Berpikir analitis', 'Rasa ingin tahu', 'Ketahanan fisik'] },
    tools: {
      wajib: ['Kompas geologi', 'Palu geologi dan lup', 'QGIS atau ArcGIS'],
      umum: ['Leapfrog atau Surpac', 'GPS genggam'],
    },
    study: ['Teknik Geologi', 'Geofisika'],
    career: [
      ['Geolog Junior', '0–2 tahun', 8_000_000, 12_000_000],
      ['Geolog', '3–6 tahun', 12_000_000, 22_000_000],
      ['Geolog Senior / Kepala Eksplorasi', '7+ tahun', 22_000_000, 45_000_000],
    ],
    insights: [
      'Kebutuhan geolog mengikuti siklus harga komoditas, sedangkan panas bumi, air tanah, dan mitigasi bencana menawarkan pilihan yang lebih stabil.',
      'Pengalaman lapangan dan kemampuan pemodelan 3D sangat dicari perusahaan tambang dan energi.',
    ],
  }),
];
