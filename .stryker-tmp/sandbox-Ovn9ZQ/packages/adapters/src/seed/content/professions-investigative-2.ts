// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter I (part 2 of 2): health, psychology and life sciences. */

export const INVESTIGATIVE_PROFESSIONS_2: readonly ProfessionSeed[] = [
  defineProfession({
    id: 206,
    slug: 'dokter-umum',
    name: 'Dokter Umum',
    sub: 'KESEHATAN_MEDIS',
    code: 'ISR',
    about:
      'Dokter umum memeriksa, mendiagnosis, dan mengobati pasien dengan berbagai keluhan kesehatan, sekaligus menjadi pintu pertama layanan kesehatan. Dokter menanyakan riwayat penyakit, melakukan pemeriksaan fisik, meresepkan obat, memberi edukasi pencegahan, dan merujuk pasien ke dokter spesialis bila perlu. Mereka bekerja di puskesmas, klinik, rumah sakit, layanan telemedisin, atau membuka praktik mandiri.',
    personality:
      'Cocok untuk kamu yang tertarik pada ilmu kedokteran, senang menolong orang sakit, dan sanggup belajar dalam waktu panjang. Orang yang empatik, tenang mengambil keputusan, dan kuat menjalani jadwal jaga akan berkembang sebagai dokter.',
    activities: [
      'Mewawancarai dan memeriksa pasien untuk mendiagnosis penyakit',
      'Meresepkan obat dan menentukan rencana pengobatan',
      'Menangani kasus gawat darurat dan melakukan tindakan medis sederhana',
      'Memberikan edukasi kesehatan dan pencegahan penyakit kepada pasien',
      'Menulis rekam medis dan merujuk pasien ke dokter spesialis',
    ],
    hard: {
      wajib: ['Diagnosis klinis', 'Farmakologi', 'Kegawatdaruratan medis', 'Pemeriksaan fisik'],
      dianjurkan: ['Terminologi medis'],
    },
    soft: { wajib: ['Empati', 'Komunikasi', 'Pengambilan keputusan', 'Ketenangan di bawah tekanan'] },
    tools: {
      wajib: ['Stetoskop', 'Tensimeter', 'Otoskop'],
      umum: ['Sistem rekam medis elektronik', 'Elektrokardiograf (EKG)'],
    },
    study: ['Pendidikan Dokter'],
    career: [
      ['Dokter Umum Baru', '0–2 tahun', 8_000_000, 14_000_000],
      ['Dokter Umum', '2–6 tahun', 14_000_000, 25_000_000],
      ['Dokter Umum Senior / Kepala Klinik', '6+ tahun', 22_000_000, 40_000_000],
    ],
    insights: [
      'Rasio dokter per penduduk masih di bawah ideal, terutama di daerah terpencil, sehingga kebutuhan dokter umum tetap besar.',
      'Layanan telemedisin dan klinik pratama membuka pilihan kerja baru di luar rumah sakit.',
    ],
  }),
  defineProfession({
    id: 207,
    slug: 'dokter-gigi',
    name: 'Dokter Gigi',
    sub: 'KESEHATAN_MEDIS',
    code: 'IRS',
    about:
      'Dokter gigi memeriksa, merawat, dan menjaga kesehatan gigi serta mulut pasien. Tindakannya meliputi menambal dan mencabut gigi, membersihkan karang gigi, merawat saluran akar, hingga membuat gigi tiruan atau merapikan susunan gigi. Dokter gigi bekerja di puskesmas, rumah sakit, klinik gigi, atau membuka praktik sendiri.',
    personality:
      'Cocok untuk kamu yang teliti, punya ketelatenan tangan yang baik, dan tertarik pada ilmu kesehatan. Kamu yang sabar menenangkan pasien yang cemas dan menikmati pekerjaan presisi di ruang sempit akan berkembang sebagai dokter gigi.',
    activities: [
      'Memeriksa kondisi gigi dan mulut serta membaca hasil rontgen gigi',
      'Menambal, mencabut, dan membersihkan karang gigi pasien',
      'Merawat saluran akar dan memasang gigi tiruan',
      'Mengedukasi pasien tentang cara merawat kesehatan gigi dan mulut',
      'Menjaga sterilisasi alat dan mencatat rekam medis pasien',
    ],
    hard: {
      wajib: [
        'Diagnosis penyakit gigi dan mulut',
        'Konservasi gigi',
        'Bedah mulut minor',
        'Sterilisasi alat medis',
      ],
      dianjurkan: ['Radiologi gigi'],
    },
    soft: { wajib: ['Ketelitian', 'Empati', 'Komunikasi'] },
    tools: {
      wajib: ['Dental unit', 'Bur gigi', 'Alat rontgen gigi'],
      umum: ['Autoklaf', 'Intraoral scanner'],
    },
    study: ['Pendidikan Dokter Gigi'],
    career: [
      ['Dokter Gigi Baru', '0–2 tahun', 7_000_000, 12_000_000],
      ['Dokter Gigi Umum', '2–6 tahun', 12_000_000, 25_000_000],
      ['Dokter Gigi Spesialis / Pemilik Klinik', '6+ tahun', 25_000_000, 60_000_000],
    ],
    insights: [
      'Kesadaran estetika gigi, seperti perawatan kawat gigi dan pemutihan, membuat klinik gigi swasta terus bertambah.',
      'Jumlah dokter gigi di daerah masih terbatas, sehingga peluang praktik di luar kota besar cukup terbuka.',
    ],
  }),
  defineProfession({
    id: 208,
    slug: 'analis-laboratorium-medis',
    name: 'Analis Laboratorium Medis',
    sub: 'KESEHATAN_PENUNJANG',
    code: 'IRC',
    about:
      'Analis laboratorium medis, yang kini disebut ahli teknologi laboratorium medik, memeriksa sampel darah, urine, dan jaringan untuk membantu dokter menegakkan diagnosis penyakit. Mereka mengoperasikan alat analisis, melakukan pemeriksaan hematologi, kimia klinik, dan mikrobiologi, lalu memastikan hasilnya akurat dan terdokumentasi. Tempat kerjanya meliputi rumah sakit, laboratorium klinik swasta, puskesmas, unit transfusi darah, dan laboratorium riset.',
    personality:
      'Cocok untuk kamu yang tertarik pada biologi dan kesehatan, teliti, dan nyaman bekerja di laboratorium dengan prosedur ketat. Kamu yang sabar, cermat membaca hasil pemeriksaan, dan sadar pentingnya kebersihan akan berkembang di profesi ini.',
    activities: [
      'Mengambil dan menyiapkan sampel darah, urine, atau cairan tubuh pasien',
      'Melakukan pemeriksaan hematologi, kimia klinik, dan mikrobiologi',
      'Mengoperasikan dan mengkalibrasi alat analisis laboratorium',
      'Memvalidasi dan mencatat hasil pemeriksaan di sistem informasi laboratorium',
      'Menerapkan keselamatan kerja dan pengendalian mutu laboratorium',
    ],
    hard: {
      wajib: [
        'Flebotomi (pengambilan darah)',
        'Pemeriksaan laboratorium klinik',
        'Pengendalian mutu laboratorium',
      ],
      dianjurkan: ['Biologi molekuler (PCR)'],
    },
    soft: { wajib: ['Ketelitian', 'Integritas', 'Kerja sama tim'] },
    tools: {
      wajib: ['Mikroskop', 'Hematology analyzer', 'Sentrifus'],
      umum: ['Sistem informasi laboratorium (LIS)', 'Mesin PCR'],
    },
    study: ['Teknologi Laboratorium Medis'],
    career: [
      ['Analis Laboratorium Pelaksana', '0–3 tahun', 4_500_000, 6_500_000],
      ['Analis Laboratorium Senior', '4–8 tahun', 6_500_000, 10_000_000],
      ['Kepala Laboratorium', '8+ tahun', 10_000_000, 18_000_000],
    ],
    insights: [
      'Pertumbuhan rumah sakit dan laboratorium klinik swasta menjaga kebutuhan tenaga laboratorium, terutama di luar Pulau Jawa.',
      'Surat Tanda Registrasi wajib dimiliki, dan keahlian biologi molekuler memberi nilai tambah.',
    ],
  }),
  defineProfession({
    id: 209,
    slug: 'ahli-gizi',
    name: 'Ahli Gizi',
    sub: 'KESEHATAN_GIZI',
    code: 'IS',
    about:
      'Ahli gizi atau nutrisionis menilai status gizi seseorang dan menyusun pola makan untuk menjaga kesehatan, mempercepat penyembuhan, atau mencegah penyakit seperti diabetes dan stunting. Mereka memberikan konseling gizi, merancang menu rumah sakit atau katering, serta menjalankan program gizi masyarakat. Ahli gizi bekerja di rumah sakit, puskesmas, industri makanan, katering, pusat kebugaran, hingga sebagai konsultan mandiri.',
    personality:
      'Cocok untuk kamu yang tertarik pada makanan dan ilmu kesehatan, serta senang membantu orang hidup lebih sehat. Kamu yang teliti menghitung kebutuhan nutrisi, sabar memberi edukasi, dan komunikatif akan berkembang sebagai ahli gizi.',
    activities: [
      'Menilai status gizi pasien melalui pengukuran tubuh dan wawancara pola makan',
      'Menyusun rencana diet dan menu seimbang sesuai kondisi kesehatan',
      'Memberikan konseling dan edukasi gizi kepada pasien atau keluarga',
      'Mengawasi penyelenggaraan makanan di rumah sakit atau katering',
      'Menjalankan program pencegahan stunting dan penyuluhan gizi masyarakat',
    ],
    hard: {
      wajib: ['Penilaian status gizi', 'Perencanaan menu dan diet', 'Konseling gizi'],
      dianjurkan: ['Keamanan pangan dan sanitasi', 'Analisis data kesehatan'],
    },
    soft: { wajib: ['Empati', 'Komunikasi', 'Ketelitian'] },
    tools: {
      wajib: ['Timbangan dan alat antropometri', 'Tabel komposisi pangan'],
      umum: ['Aplikasi analisis gizi', 'Microsoft Excel'],
    },
    study: ['Ilmu Gizi'],
    career: [
      ['Nutrisionis Pelaksana', '0–3 tahun', 4_500_000, 6_500_000],
      ['Dietisien / Nutrisionis Senior', '3–7 tahun', 6_500_000, 11_000_000],
      ['Kepala Instalasi Gizi / Konsultan Gizi', '7+ tahun', 11_000_000, 20_000_000],
    ],
    insights: [
      'Program penurunan stunting dan kesadaran hidup sehat memperluas kebutuhan ahli gizi di layanan publik maupun swasta.',
      'Konsultasi gizi daring dan konten edukasi makanan sehat menjadi sumber penghasilan tambahan yang berkembang.',
    ],
  }),
  defineProfession({
    id: 210,
    slug: 'psikolog',
    name: 'Psikolog',
    sub: 'PSIKOLOGI',
    code: 'ISA',
    about:
      'Psikolog memahami perilaku, emosi, dan cara berpikir manusia untuk membantu orang mengatasi masalah psikologis dan berkembang secara optimal. Psikolog melakukan asesmen dan tes psikologi, memberikan konseling atau terapi, serta menyusun laporan dan rekomendasi. Bidangnya beragam: psikologi klinis di rumah sakit dan biro layanan, psikologi pendidikan di sekolah, serta psikologi industri untuk rekrutmen dan pengembangan karyawan.',
    personality:
      'Cocok untuk kamu yang penasaran mengapa orang berpikir dan bertindak seperti itu, serta ingin membantu orang lain memahami dirinya. Kamu yang empatik, pendengar yang baik, objektif, dan mampu menjaga kerahasiaan akan berkembang sebagai psikolog.',
    activities: [
      'Melakukan wawancara, observasi, dan tes psikologi',
      'Menganalisis hasil asesmen dan menyusun laporan psikologis',
      'Memberikan konseling dan terapi kepada individu, pasangan, atau keluarga',
      'Merancang program pengembangan diri dan kesehatan mental',
      'Membantu proses seleksi dan pengembangan karyawan di perusahaan',
    ],
    hard: {
      wajib: ['Asesmen psikologis', 'Konseling', 'Intervensi psikologis', 'Penulisan laporan psikologis'],
      dianjurkan: ['Analisis statistik'],
    },
    soft: { wajib: ['Empati', 'Mendengarkan aktif', 'Integritas', 'Berpikir analitis'] },
    tools: {
      wajib: ['Alat tes psikologi terstandar', 'Pedoman wawancara klinis'],
      umum: ['SPSS', 'Platform konseling daring'],
    },
    study: ['Psikologi', 'Magister Psikologi Profesi'],
    career: [
      ['Asisten Psikolog / Psikometris', '0–2 tahun', 4_500_000, 7_000_000],
      ['Psikolog Klinis atau Industri', '2–6 tahun', 8_000_000, 15_000_000],
      ['Psikolog Senior / Kepala Biro Psikologi', '6+ tahun', 15_000_000, 30_000_000],
    ],
    insights: [
      'Kesadaran akan kesehatan mental mendorong kebutuhan psikolog di sekolah, perusahaan, dan layanan konseling daring.',
      'Gelar profesi psikolog dan izin praktik psikologi diperlukan untuk membuka praktik mandiri.',
    ],
  }),
  defineProfession({
    id: 211,
    slug: 'peneliti-biologi',
    name: 'Peneliti Biologi',
    sub: 'SAINS_HAYATI',
    code: 'I',
    about:
      'Peneliti biologi merancang dan menjalankan penelitian tentang makhluk hidup, mulai dari mikroorganisme, tumbuhan, dan hewan hingga ekosistem. Mereka melakukan percobaan di laboratorium atau pengamatan di alam, menganalisis data, lalu menulis publikasi ilmiah yang memperluas pengetahuan atau menghasilkan inovasi seperti vaksin, bibit unggul, dan teknologi ramah lingkungan. Peneliti bekerja di lembaga riset nasional, universitas, industri farmasi dan bioteknologi, serta organisasi konservasi.',
    personality:
      'Cocok untuk kamu yang selalu bertanya mengapa dan bagaimana alam bekerja, sabar menjalani percobaan berulang, dan senang membaca literatur ilmiah. Kamu yang teliti, mandiri, dan tahan menjalani proses panjang sebelum mendapatkan hasil akan berkembang sebagai peneliti.',
    activities: [
      'Merancang percobaan dan hipotesis penelitian',
      'Melakukan percobaan laboratorium seperti kultur sel, PCR, atau pengamatan mikroskop',
      'Mengumpulkan sampel dan data di alam atau di lapangan',
      'Menganalisis data penelitian dengan metode statistik',
      'Menulis artikel ilmiah dan proposal hibah, lalu mempresentasikan hasil riset',
    ],
    hard: {
      wajib: [
        'Metodologi penelitian',
        'Teknik laboratorium biologi',
        'Analisis statistik',
        'Penulisan ilmiah',
      ],
      dianjurkan: ['Biologi molekuler (PCR)', 'Pemrograman R'],
    },
    soft: { wajib: ['Rasa ingin tahu', 'Ketekunan', 'Berpikir analitis'] },
    tools: {
      wajib: ['Mikroskop', 'Mesin PCR', 'Biosafety cabinet'],
      umum: ['RStudio', 'Mendeley atau Zotero'],
    },
    study: ['Biologi', 'Bioteknologi', 'Mikrobiologi'],
    career: [
      ['Asisten Peneliti', '0–3 tahun', 5_000_000, 8_000_000],
      ['Peneliti', '3–8 tahun', 8_000_000, 14_000_000],
      ['Peneliti Senior / Profesor Riset', '8+ tahun', 14_000_000, 28_000_000],
    ],
    insights: [
      'Bioteknologi, ketahanan pangan, dan kesehatan menjadi bidang riset biologi yang banyak mendapat pendanaan.',
      'Gelar magister atau doktor dan rekam jejak publikasi sangat menentukan karier peneliti.',
    ],
  }),
];
