// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter S (part 1 of 2): health care and fitness. */

export const SOCIAL_PROFESSIONS_1: readonly ProfessionSeed[] = [
  defineProfession({
    id: 401,
    slug: 'perawat',
    name: 'Perawat',
    sub: 'KESEHATAN_KEPERAWATAN',
    code: 'SI',
    about:
      'Perawat merawat pasien secara langsung, mulai dari memantau tanda vital, memberikan obat dan infus sesuai instruksi dokter, merawat luka, hingga membantu pasien makan dan bergerak. Perawat juga mendampingi keluarga pasien, memberi edukasi kesehatan, dan mencatat perkembangan kondisi pasien. Perawat bekerja di rumah sakit, puskesmas, klinik, layanan perawatan di rumah, atau rumah sakit di luar negeri.',
    personality:
      'Cocok untuk kamu yang peduli, sabar, dan ingin pekerjaanmu langsung menolong orang sakit. Orang yang tenang di situasi darurat, teliti memberi obat, dan kuat bekerja bergiliran akan berkembang sebagai perawat.',
    activities: [
      'Merawat pasien dan memantau tanda vital seperti tekanan darah dan suhu',
      'Memberikan obat, memasang infus, dan merawat luka',
      'Membantu dokter saat pemeriksaan dan tindakan medis',
      'Memberikan edukasi kesehatan kepada pasien dan keluarga',
      'Mencatat asuhan keperawatan di rekam medis',
    ],
    hard: {
      wajib: [
        'Asuhan keperawatan',
        'Pemasangan infus dan injeksi',
        'Perawatan luka',
        'Pemantauan tanda vital',
      ],
      dianjurkan: ['Bantuan hidup dasar (BLS)'],
    },
    soft: { wajib: ['Empati', 'Kesabaran', 'Komunikasi', 'Ketenangan di bawah tekanan'] },
    tools: {
      wajib: ['Tensimeter', 'Stetoskop', 'Termometer dan oksimeter'],
      umum: ['Infusion pump', 'Sistem rekam medis elektronik'],
    },
    study: ['Ilmu Keperawatan', 'Profesi Ners'],
    career: [
      ['Perawat Pelaksana', '0–3 tahun', 4_500_000, 7_000_000],
      ['Perawat Senior', '3–7 tahun', 7_000_000, 11_000_000],
      ['Kepala Ruang Perawatan', '7–12 tahun', 11_000_000, 17_000_000],
      ['Manajer Keperawatan', '12+ tahun', 17_000_000, 28_000_000],
    ],
    insights: [
      'Rumah sakit di dalam negeri maupun di negara seperti Jepang, Jerman, dan Timur Tengah aktif merekrut perawat Indonesia.',
      'Keahlian khusus seperti perawat ICU, kamar operasi, atau gawat darurat biasanya disertai tunjangan lebih tinggi.',
    ],
  }),
  defineProfession({
    id: 402,
    slug: 'bidan',
    name: 'Bidan',
    sub: 'KESEHATAN_KEPERAWATAN',
    code: 'SIR',
    about:
      'Bidan mendampingi perempuan selama masa kehamilan, persalinan, dan nifas, serta merawat bayi baru lahir. Bidan memeriksa kehamilan, menolong persalinan normal, memberikan layanan keluarga berencana dan imunisasi, serta edukasi kesehatan ibu dan anak. Bidan bekerja di puskesmas, rumah sakit, klinik bersalin, desa, atau membuka praktik mandiri.',
    personality:
      'Cocok untuk kamu yang peduli pada kesehatan ibu dan anak, tenang menghadapi situasi menegangkan, dan mampu menenangkan orang lain. Kamu yang sabar, teliti, dan siap dipanggil kapan saja akan berkembang sebagai bidan.',
    activities: [
      'Memeriksa kehamilan dan memantau kesehatan ibu serta janin',
      'Menolong persalinan normal dan merawat bayi baru lahir',
      'Memberikan layanan keluarga berencana dan imunisasi',
      'Mengedukasi ibu tentang menyusui, gizi, dan tumbuh kembang anak',
      'Merujuk kehamilan berisiko tinggi ke dokter atau rumah sakit',
    ],
    hard: {
      wajib: [
        'Asuhan kebidanan',
        'Pertolongan persalinan normal',
        'Pemeriksaan kehamilan',
        'Perawatan bayi baru lahir',
      ],
      dianjurkan: ['Bantuan hidup dasar (BLS)'],
    },
    soft: { wajib: ['Empati', 'Ketenangan di bawah tekanan', 'Komunikasi'] },
    tools: {
      wajib: ['Doppler janin', 'Tensimeter', 'Partus set'],
      umum: ['Timbangan bayi', 'Sistem rekam medis elektronik'],
    },
    study: ['Kebidanan', 'Profesi Bidan'],
    career: [
      ['Bidan Pelaksana', '0–3 tahun', 4_000_000, 6_000_000],
      ['Bidan Koordinator', '3–8 tahun', 6_000_000, 9_500_000],
      ['Bidan Praktik Mandiri / Kepala Ruang Kebidanan', '8+ tahun', 9_500_000, 18_000_000],
    ],
    insights: [
      'Program kesehatan ibu dan anak menjaga kebutuhan bidan di desa dan puskesmas.',
      'Surat tanda registrasi dan izin praktik bidan menjadi syarat utama untuk bekerja.',
    ],
  }),
  defineProfession({
    id: 403,
    slug: 'fisioterapis',
    name: 'Fisioterapis',
    sub: 'KESEHATAN_REHABILITASI',
    code: 'SIR',
    about:
      'Fisioterapis membantu pasien memulihkan gerak dan fungsi tubuh setelah cedera, operasi, stroke, atau karena penyakit kronis. Fisioterapis menilai kondisi otot, sendi, dan saraf, lalu memberikan terapi latihan, terapi manual, dan terapi dengan alat seperti ultrasound atau stimulasi listrik. Mereka bekerja di rumah sakit, klinik fisioterapi, pusat rehabilitasi, klub olahraga, atau melayani kunjungan rumah.',
    personality:
      'Cocok untuk kamu yang tertarik pada tubuh manusia dan olahraga, serta senang melihat orang pulih dan kembali aktif. Kamu yang sabar, pandai memotivasi, dan bugar secara fisik akan berkembang sebagai fisioterapis.',
    activities: [
      'Menilai kondisi otot, sendi, dan kemampuan gerak pasien',
      'Menyusun program latihan pemulihan sesuai diagnosis',
      'Memberikan terapi manual, pijat terapeutik, dan elektroterapi',
      'Melatih pasien berjalan, meregangkan tubuh, dan menguatkan otot',
      'Memantau kemajuan dan mengajarkan latihan yang bisa dilakukan di rumah',
    ],
    hard: {
      wajib: ['Asesmen fisioterapi', 'Terapi latihan', 'Terapi manual', 'Anatomi dan kinesiologi'],
      dianjurkan: ['Fisioterapi olahraga'],
    },
    soft: { wajib: ['Empati', 'Kesabaran', 'Memotivasi orang lain'] },
    tools: {
      wajib: ['Alat ultrasound terapi', 'Stimulator listrik (TENS)', 'Matras dan alat latihan'],
      umum: ['Goniometer', 'Resistance band'],
    },
    study: ['Fisioterapi'],
    career: [
      ['Fisioterapis Pelaksana', '0–3 tahun', 4_500_000, 7_000_000],
      ['Fisioterapis Senior', '3–7 tahun', 7_000_000, 12_000_000],
      ['Kepala Unit Rehabilitasi / Pemilik Klinik', '7+ tahun', 12_000_000, 25_000_000],
    ],
    insights: [
      'Bertambahnya penduduk lansia dan gaya hidup aktif menaikkan kebutuhan layanan fisioterapi.',
      'Klub olahraga dan klinik cedera olahraga menjadi peluang spesialisasi yang menarik.',
    ],
  }),
  defineProfession({
    id: 404,
    slug: 'instruktur-kebugaran',
    name: 'Instruktur Kebugaran',
    sub: 'OLAHRAGA_KEBUGARAN',
    code: 'SR',
    about:
      'Instruktur kebugaran atau personal trainer membantu orang mencapai tujuan kesehatan seperti menurunkan berat badan, membentuk otot, atau meningkatkan stamina. Mereka menilai kondisi fisik klien, menyusun program latihan, memandu latihan beban maupun kelas senam, dan memberi arahan pola hidup sehat. Instruktur kebugaran bekerja di pusat kebugaran, klub olahraga, hotel, atau melatih secara mandiri dan daring.',
    personality:
      'Cocok untuk kamu yang aktif berolahraga, energik, dan senang memotivasi orang lain untuk hidup sehat. Kamu yang disiplin, ramah, dan bisa memberi contoh langsung akan berkembang sebagai instruktur kebugaran.',
    activities: [
      'Menilai kondisi fisik dan tujuan latihan klien',
      'Menyusun program latihan beban, kardio, dan kelenturan',
      'Memandu latihan pribadi atau kelas senam kelompok',
      'Memperagakan gerakan yang benar untuk mencegah cedera',
      'Memantau kemajuan klien dan memberi saran pola makan sehat',
    ],
    hard: {
      wajib: [
        'Penyusunan program latihan',
        'Anatomi dan kinesiologi',
        'Teknik latihan beban',
        'Pertolongan pertama',
      ],
      dianjurkan: ['Dasar gizi olahraga'],
    },
    soft: { wajib: ['Memotivasi orang lain', 'Komunikasi', 'Disiplin', 'Ketahanan fisik'] },
    tools: {
      wajib: ['Barbel dan dumbel', 'Mesin latihan beban', 'Matras dan alat latihan'],
      umum: ['Aplikasi pelacak latihan', 'Jam tangan pintar'],
    },
    study: ['Ilmu Keolahragaan', 'Pendidikan Kepelatihan Olahraga'],
    career: [
      ['Instruktur Kebugaran Pemula', '0–2 tahun', 4_000_000, 6_000_000],
      ['Personal Trainer Bersertifikat', '2–5 tahun', 6_000_000, 12_000_000],
      ['Master Trainer / Manajer Pusat Kebugaran', '5+ tahun', 12_000_000, 22_000_000],
    ],
    insights: [
      'Gaya hidup sehat di kalangan anak muda perkotaan mendorong pertumbuhan pusat kebugaran dan kelas olahraga.',
      'Penghasilan personal trainer sangat bergantung pada jumlah klien dan bonus sesi, ditambah kelas daring.',
    ],
  }),
  defineProfession({
    id: 405,
    slug: 'pekerja-sosial',
    name: 'Pekerja Sosial',
    sub: 'PEKERJAAN_SOSIAL',
    code: 'S',
    about:
      'Pekerja sosial membantu individu, keluarga, dan kelompok rentan, seperti anak telantar, korban kekerasan, penyandang disabilitas, dan lansia, agar dapat memenuhi kebutuhan dasar dan berfungsi kembali di masyarakat. Mereka menilai kasus, memberikan pendampingan dan konseling, menghubungkan klien dengan layanan bantuan, serta memperjuangkan hak-hak mereka. Pekerja sosial bekerja di dinas sosial, rumah sakit, lembaga perlindungan anak, panti, dan organisasi nirlaba.',
    personality:
      'Cocok untuk kamu yang peduli terhadap ketidakadilan, sabar mendampingi orang dalam masa sulit, dan ingin membuat perubahan nyata di masyarakat. Kamu yang empatik, tangguh secara emosional, dan pandai berkoordinasi akan berkembang sebagai pekerja sosial.',
    activities: [
      'Menilai kebutuhan klien dan keluarganya',
      'Mendampingi dan memberikan konseling kepada korban atau kelompok rentan',
      'Menghubungkan klien dengan layanan kesehatan, pendidikan, atau bantuan sosial',
      'Melakukan kunjungan rumah dan memantau perkembangan kasus',
      'Memperjuangkan hak klien dan menyusun laporan kasus',
    ],
    hard: {
      wajib: ['Manajemen kasus', 'Konseling', 'Asesmen sosial', 'Advokasi'],
      dianjurkan: ['Pengorganisasian masyarakat'],
    },
    soft: { wajib: ['Empati', 'Ketangguhan emosional', 'Komunikasi', 'Mendengarkan aktif'] },
    tools: {
      wajib: ['Formulir asesmen kasus', 'Sistem data kesejahteraan sosial'],
      umum: ['Microsoft Excel', 'Aplikasi pencatatan kasus'],
    },
    study: ['Kesejahteraan Sosial', 'Pekerjaan Sosial', 'Sosiologi'],
    career: [
      ['Pendamping Sosial', '0–3 tahun', 3_800_000, 5_500_000],
      ['Pekerja Sosial Profesional', '3–8 tahun', 5_500_000, 9_000_000],
      ['Supervisor / Manajer Program Sosial', '8+ tahun', 9_000_000, 18_000_000],
    ],
    insights: [
      'Program perlindungan sosial pemerintah dan organisasi kemanusiaan membutuhkan pendamping sosial di banyak daerah.',
      'Sertifikasi pekerja sosial profesional memperkuat peluang di lembaga pemerintah dan internasional.',
    ],
  }),
];
