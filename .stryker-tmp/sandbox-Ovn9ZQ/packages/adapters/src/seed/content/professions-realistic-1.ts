// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter R (part 1 of 2). */

export const REALISTIC_PROFESSIONS_1: readonly ProfessionSeed[] = [
  defineProfession({
    id: 101,
    slug: 'teknisi-listrik',
    name: 'Teknisi Listrik',
    sub: 'TEKNIK_ELEKTRO',
    code: 'RIC',
    about:
      'Teknisi listrik memasang, memeriksa, dan memperbaiki instalasi listrik di rumah, gedung, pabrik, maupun jaringan distribusi. Pekerjaannya mencakup menarik kabel, memasang panel dan stopkontak, mencari sumber korsleting, serta memastikan seluruh sistem aman sesuai standar instalasi yang berlaku. Profesi ini dibutuhkan di kontraktor, industri manufaktur, pengelola gedung, hingga perusahaan listrik dan mitranya.',
    personality:
      'Cocok untuk kamu yang senang bekerja dengan tangan, teliti terhadap detail teknis, dan tenang saat menghadapi kerusakan. Orang yang betah mengutak-atik rangkaian listrik, disiplin pada prosedur keselamatan, dan puas melihat lampu atau mesin kembali menyala akan berkembang di profesi ini.',
    activities: [
      'Memasang instalasi listrik, kabel, panel, dan stopkontak sesuai gambar kerja',
      'Memeriksa dan memperbaiki korsleting, sekring, atau peralatan listrik yang rusak',
      'Mengukur tegangan, arus, dan tahanan dengan multimeter atau tang ampere',
      'Merawat genset, motor listrik, dan panel distribusi secara berkala',
      'Menerapkan keselamatan kerja listrik dan membuat laporan pekerjaan',
    ],
    hard: {
      wajib: [
        'Instalasi listrik',
        'Membaca gambar teknik',
        'Pengukuran listrik',
        'Troubleshooting kelistrikan',
      ],
      dianjurkan: ['Dasar PLC', 'Instalasi panel surya'],
    },
    soft: {
      wajib: ['Ketelitian', 'Pemecahan masalah', 'Disiplin keselamatan kerja'],
      dianjurkan: ['Kerja sama tim'],
    },
    tools: {
      wajib: ['Multimeter', 'Tang ampere', 'Obeng dan tang berisolasi'],
      umum: ['Insulation tester', 'Alat pelindung diri'],
    },
    study: ['Teknik Elektro', 'Teknik Listrik'],
    career: [
      ['Teknisi Listrik Junior', '0–2 tahun', 4_500_000, 6_500_000],
      ['Teknisi Listrik Senior', '3–6 tahun', 6_500_000, 10_000_000],
      ['Supervisor Kelistrikan', '7+ tahun', 10_000_000, 16_000_000],
    ],
    insights: [
      'Teknisi listrik bersertifikat terus dicari seiring pembangunan gedung, kawasan industri, dan pemasangan panel surya atap.',
      'Sertifikat kompetensi dan pemahaman sistem tenaga surya menjadi nilai tambah yang banyak diminta perusahaan.',
    ],
  }),
  defineProfession({
    id: 102,
    slug: 'mekanik-otomotif',
    name: 'Mekanik Otomotif',
    sub: 'TEKNIK_OTOMOTIF',
    code: 'RCI',
    about:
      'Mekanik otomotif merawat, mendiagnosis, dan memperbaiki kendaraan seperti mobil dan sepeda motor. Tugasnya mulai dari servis berkala, mengganti oli dan suku cadang, hingga menelusuri kerusakan mesin, rem, kelistrikan, dan sistem injeksi dengan alat pemindai. Mekanik bekerja di bengkel resmi dealer, bengkel umum, perusahaan transportasi, atau membuka bengkel sendiri.',
    personality:
      'Cocok untuk kamu yang suka membongkar dan merakit mesin, tidak takut tangan kotor oli, dan teliti mengikuti urutan kerja. Kamu yang sabar menelusuri bunyi aneh pada kendaraan sampai ketemu penyebabnya akan menikmati pekerjaan ini.',
    activities: [
      'Melakukan servis berkala: ganti oli, filter, busi, dan pemeriksaan rem',
      'Mendiagnosis kerusakan mesin dan kelistrikan kendaraan dengan scanner OBD',
      'Membongkar, memperbaiki, dan merakit kembali komponen mesin atau transmisi',
      'Mencatat riwayat servis dan menyiapkan estimasi biaya perbaikan untuk pelanggan',
      'Menguji kendaraan setelah perbaikan untuk memastikan semuanya berfungsi',
    ],
    hard: {
      wajib: ['Perawatan mesin kendaraan', 'Diagnosis kerusakan otomotif', 'Sistem kelistrikan kendaraan'],
      dianjurkan: ['Teknologi kendaraan listrik', 'Sistem injeksi bahan bakar'],
    },
    soft: { wajib: ['Ketelitian', 'Pemecahan masalah', 'Pelayanan pelanggan'] },
    tools: {
      wajib: ['Kunci pas dan kunci sok', 'Scanner OBD', 'Dongkrak hidrolik'],
      umum: ['Kompresor angin', 'Kunci momen'],
    },
    study: ['Teknik Otomotif', 'Teknik Mesin'],
    career: [
      ['Mekanik Junior', '0–2 tahun', 4_200_000, 6_000_000],
      ['Mekanik Senior', '3–6 tahun', 6_000_000, 9_000_000],
      ['Kepala Mekanik (Foreman)', '7+ tahun', 9_000_000, 15_000_000],
    ],
    insights: [
      'Bertambahnya kendaraan listrik membuka kebutuhan mekanik yang memahami baterai dan kelistrikan tegangan tinggi.',
      'Mekanik berpengalaman punya peluang membuka bengkel sendiri, terutama di kota kecil dan menengah.',
    ],
  }),
  defineProfession({
    id: 103,
    slug: 'insinyur-sipil',
    name: 'Insinyur Sipil',
    sub: 'TEKNIK_SIPIL',
    code: 'RI',
    about:
      'Insinyur sipil merancang, menghitung, dan mengawasi pembangunan infrastruktur seperti gedung, jalan, jembatan, bendungan, dan saluran air. Mereka menganalisis struktur dan kondisi tanah, menyusun rencana anggaran biaya, serta memastikan konstruksi berjalan aman, tepat waktu, dan sesuai spesifikasi. Lapangan kerjanya luas, dari konsultan perencana, kontraktor, BUMN karya, hingga instansi pemerintah.',
    personality:
      'Cocok untuk kamu yang suka hitungan dan logika, tetapi juga ingin melihat hasilnya berdiri nyata di lapangan. Orang yang teliti, tahan bekerja di lokasi proyek, dan mampu berkoordinasi dengan banyak pihak akan berkembang sebagai insinyur sipil.',
    activities: [
      'Menghitung dan merancang struktur bangunan, jalan, atau jembatan',
      'Menyusun gambar kerja dan rencana anggaran biaya (RAB) proyek',
      'Mengawasi pekerjaan konstruksi di lapangan dan memeriksa mutu material',
      'Menganalisis data tanah, beban, dan risiko keselamatan struktur',
      'Berkoordinasi dengan kontraktor, arsitek, dan pemilik proyek',
    ],
    hard: {
      wajib: ['Analisis struktur', 'Manajemen konstruksi', 'Perhitungan RAB', 'Membaca gambar teknik'],
      dianjurkan: ['Pemodelan BIM'],
    },
    soft: { wajib: ['Ketelitian', 'Komunikasi', 'Kepemimpinan'], dianjurkan: ['Manajemen waktu'] },
    tools: {
      wajib: ['AutoCAD', 'SAP2000 atau ETABS', 'Microsoft Excel'],
      umum: ['Autodesk Revit', 'Total station'],
    },
    study: ['Teknik Sipil'],
    career: [
      ['Site Engineer', '0–2 tahun', 6_000_000, 9_000_000],
      ['Insinyur Sipil Madya', '3–6 tahun', 9_000_000, 15_000_000],
      ['Manajer Proyek Konstruksi', '7–12 tahun', 15_000_000, 30_000_000],
      ['Kepala Divisi Teknik', '12+ tahun', 28_000_000, 45_000_000],
    ],
    insights: [
      'Pembangunan jalan, perumahan, dan kawasan baru menjaga permintaan insinyur sipil tetap stabil.',
      'Sertifikat kompetensi kerja konstruksi dan kemampuan BIM makin sering disyaratkan dalam lowongan.',
    ],
  }),
  defineProfession({
    id: 104,
    slug: 'insinyur-mesin',
    name: 'Insinyur Mesin',
    sub: 'TEKNIK_MESIN',
    code: 'RI',
    about:
      'Insinyur mesin merancang, menguji, dan menyempurnakan mesin serta peralatan mekanis, mulai dari komponen kendaraan, sistem pendingin, hingga lini produksi pabrik. Mereka membuat gambar desain, menghitung kekuatan material, dan mencari cara agar mesin bekerja lebih efisien dan awet. Insinyur mesin banyak bekerja di industri manufaktur, otomotif, energi, pertambangan, serta minyak dan gas.',
    personality:
      'Cocok untuk kamu yang penasaran bagaimana mesin bekerja dan senang mengubah gagasan menjadi benda nyata. Kamu yang kuat di fisika dan matematika, suka merancang lalu menguji, serta sabar memperbaiki desain berkali-kali akan menikmati profesi ini.',
    activities: [
      'Merancang komponen dan sistem mekanis dengan perangkat lunak CAD',
      'Menghitung kekuatan material, beban, dan efisiensi mesin',
      'Menguji purwarupa mesin lalu menganalisis hasilnya',
      'Menyusun jadwal perawatan preventif untuk mesin produksi',
      'Mencari penyebab kerusakan mesin dan mengusulkan perbaikan desain',
    ],
    hard: {
      wajib: [
        'Desain mekanikal',
        'Membaca gambar teknik',
        'Mekanika dan termodinamika',
        'Perawatan mesin industri',
      ],
      dianjurkan: ['Analisis elemen hingga (FEA)'],
    },
    soft: {
      wajib: ['Pemecahan masalah', 'Berpikir analitis', 'Kerja sama tim'],
      dianjurkan: ['Manajemen waktu'],
    },
    tools: {
      wajib: ['SolidWorks', 'AutoCAD'],
      umum: ['Autodesk Inventor', 'Jangka sorong dan mikrometer', 'Microsoft Excel'],
    },
    study: ['Teknik Mesin'],
    career: [
      ['Insinyur Mesin Junior', '0–2 tahun', 6_500_000, 10_000_000],
      ['Insinyur Mesin', '3–6 tahun', 10_000_000, 17_000_000],
      ['Insinyur Mesin Senior', '7–10 tahun', 17_000_000, 28_000_000],
      ['Manajer Teknik', '10+ tahun', 28_000_000, 45_000_000],
    ],
    insights: [
      'Industri manufaktur, energi terbarukan, dan kendaraan listrik membutuhkan insinyur mesin yang menguasai desain digital.',
      'Pengalaman di pabrik atau lapangan sangat dihargai karena menunjukkan kemampuan menangani mesin sungguhan.',
    ],
  }),
  defineProfession({
    id: 105,
    slug: 'pilot',
    name: 'Pilot',
    sub: 'TRANSPORTASI_UDARA',
    code: 'RI',
    about:
      'Pilot menerbangkan pesawat untuk mengangkut penumpang atau kargo dengan aman dan tepat waktu. Sebelum terbang, pilot memeriksa kondisi pesawat, mempelajari prakiraan cuaca, dan menyusun rencana penerbangan; selama penerbangan ia mengoperasikan instrumen kokpit dan berkomunikasi dengan pengatur lalu lintas udara. Pilot bekerja di maskapai komersial, perusahaan carter, atau penerbangan perintis ke daerah terpencil.',
    personality:
      'Cocok untuk kamu yang tenang di bawah tekanan, cepat mengambil keputusan, dan disiplin menjalankan prosedur. Orang yang tertarik pada mesin dan navigasi, sehat secara fisik, serta siap bekerja dengan jadwal tidak menentu akan cocok menjadi pilot.',
    activities: [
      'Memeriksa kondisi pesawat dan daftar periksa sebelum terbang',
      'Menyusun rencana penerbangan berdasarkan rute, bahan bakar, dan cuaca',
      'Mengemudikan pesawat saat lepas landas, menjelajah, dan mendarat',
      'Berkomunikasi dengan menara pengawas (ATC) dan awak kabin',
      'Mengikuti latihan simulator dan pemeriksaan kesehatan berkala',
    ],
    hard: {
      wajib: [
        'Navigasi udara',
        'Pengoperasian pesawat',
        'Meteorologi penerbangan',
        'Komunikasi radio penerbangan',
      ],
      dianjurkan: ['Bahasa Inggris'],
    },
    soft: { wajib: ['Pengambilan keputusan', 'Ketenangan di bawah tekanan', 'Kerja sama tim'] },
    tools: {
      wajib: ['Simulator penerbangan', 'Electronic flight bag', 'Instrumen kokpit'],
      umum: ['Aplikasi perencanaan penerbangan'],
    },
    study: ['Penerbangan (Sekolah Pilot)'],
    career: [
      ['Second Officer', '0–2 tahun', 15_000_000, 25_000_000],
      ['First Officer (Kopilot)', '2–6 tahun', 25_000_000, 45_000_000],
      ['Kapten Pilot', '6+ tahun', 50_000_000, 90_000_000],
    ],
    insights: [
      'Penerbangan domestik di negara kepulauan menjaga kebutuhan pilot, meski rekrutmen maskapai naik turun mengikuti kondisi industri.',
      'Biaya sekolah penerbang cukup besar, sehingga beasiswa atau program ikatan dinas maskapai patut dipertimbangkan.',
    ],
  }),
  defineProfession({
    id: 106,
    slug: 'teknisi-jaringan-komputer',
    name: 'Teknisi Jaringan Komputer',
    sub: 'TI_INFRASTRUKTUR',
    code: 'RIC',
    about:
      'Teknisi jaringan komputer memasang, mengonfigurasi, dan merawat jaringan yang menghubungkan komputer, server, dan perangkat di kantor atau gedung. Ia menarik kabel LAN dan fiber optik, mengatur router, switch, dan Wi-Fi, serta menangani gangguan internet agar pekerjaan pengguna tidak terhenti. Profesi ini dibutuhkan di penyedia layanan internet, perusahaan, sekolah, rumah sakit, hingga instansi pemerintah.',
    personality:
      'Cocok untuk kamu yang senang merakit komputer, mengutak-atik pengaturan internet, dan tidak keberatan turun langsung ke lapangan. Kamu yang sistematis saat mencari sumber gangguan dan sabar membantu pengguna akan betah di bidang ini.',
    activities: [
      'Menarik dan merapikan kabel LAN serta fiber optik di gedung atau rumah pelanggan',
      'Mengonfigurasi router, switch, access point, dan firewall',
      'Memantau koneksi jaringan dan menangani gangguan internet',
      'Merakit, memasang, dan merawat komputer serta server',
      'Mendokumentasikan topologi jaringan dan membuat laporan gangguan',
    ],
    hard: {
      wajib: [
        'Konfigurasi jaringan',
        'Troubleshooting jaringan',
        'Instalasi fiber optik',
        'Perakitan komputer',
      ],
      dianjurkan: ['Keamanan jaringan', 'Administrasi Linux'],
    },
    soft: { wajib: ['Pemecahan masalah', 'Ketelitian', 'Pelayanan pelanggan'] },
    tools: {
      wajib: [
        'Router dan switch (MikroTik atau Cisco)',
        'LAN tester dan crimping tool',
        'Splicer fiber optik',
      ],
      umum: ['Winbox', 'Wireshark'],
    },
    study: ['Teknik Komputer dan Jaringan', 'Teknik Informatika'],
    career: [
      ['Teknisi Jaringan Junior', '0–2 tahun', 4_500_000, 6_500_000],
      ['Network Engineer', '2–5 tahun', 7_000_000, 12_000_000],
      ['Senior Network Engineer', '5–9 tahun', 12_000_000, 22_000_000],
      ['Kepala Infrastruktur TI', '9+ tahun', 22_000_000, 40_000_000],
    ],
    insights: [
      'Perluasan jaringan fiber optik dan internet hingga ke daerah membuka banyak lowongan teknisi lapangan.',
      'Sertifikasi jaringan seperti MTCNA atau CCNA sering menjadi pembeda saat melamar ke penyedia layanan internet.',
    ],
  }),
];
