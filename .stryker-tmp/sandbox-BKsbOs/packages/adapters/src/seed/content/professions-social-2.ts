// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter S (part 2 of 2): education, tourism and people. */

export const SOCIAL_PROFESSIONS_2: readonly ProfessionSeed[] = [
  defineProfession({
    id: 406,
    slug: 'guru-sd',
    name: 'Guru SD',
    sub: 'PENDIDIKAN_SEKOLAH',
    code: 'SA',
    about:
      'Guru SD mengajar dan mendidik anak usia 6–12 tahun dalam berbagai mata pelajaran seperti membaca, menulis, berhitung, sains, dan pendidikan karakter. Mereka menyusun rencana pembelajaran, membuat kegiatan belajar yang menyenangkan, menilai perkembangan murid, dan berkomunikasi dengan orang tua. Guru SD bekerja di sekolah negeri maupun swasta, sekolah internasional, atau lembaga bimbingan belajar.',
    personality:
      'Cocok untuk kamu yang menyukai anak-anak, sabar, kreatif, dan senang menjelaskan hal sederhana dengan cara yang menarik. Orang yang hangat, tegas saat perlu, dan peduli pada tumbuh kembang anak akan berkembang sebagai guru SD.',
    activities: [
      'Mengajar membaca, menulis, berhitung, dan mata pelajaran lain di kelas',
      'Menyusun rencana pembelajaran dan media belajar yang kreatif',
      'Menilai tugas, ujian, dan perkembangan karakter murid',
      'Berkomunikasi dengan orang tua tentang kemajuan anak',
      'Membimbing kegiatan ekstrakurikuler dan acara sekolah',
    ],
    hard: {
      wajib: ['Metode pengajaran', 'Penyusunan modul ajar', 'Pengelolaan kelas', 'Penilaian pembelajaran'],
      dianjurkan: ['Pembuatan media pembelajaran digital'],
    },
    soft: { wajib: ['Kesabaran', 'Komunikasi', 'Kreativitas', 'Empati'] },
    tools: {
      wajib: ['Papan tulis dan alat peraga', 'Modul ajar dan buku teks', 'Proyektor'],
      umum: ['Google Classroom', 'Canva'],
    },
    study: ['Pendidikan Guru Sekolah Dasar'],
    career: [
      ['Guru Kelas', '0–3 tahun', 3_500_000, 5_500_000],
      ['Guru Tetap Bersertifikat', '3–10 tahun', 5_500_000, 9_000_000],
      ['Kepala Sekolah', '10+ tahun', 9_000_000, 15_000_000],
    ],
    insights: [
      'Kebutuhan guru SD tetap besar karena banyak guru memasuki masa pensiun dan adanya rekrutmen ASN maupun PPPK.',
      'Sertifikasi pendidik melalui Pendidikan Profesi Guru membuka tunjangan profesi.',
    ],
  }),
  defineProfession({
    id: 407,
    slug: 'guru-bimbingan-konseling',
    name: 'Guru Bimbingan dan Konseling',
    sub: 'PENDIDIKAN_SEKOLAH',
    code: 'SAE',
    about:
      'Guru bimbingan dan konseling (BK) membantu siswa mengenali minat, bakat, dan potensinya, mengatasi masalah belajar maupun pribadi, serta merencanakan studi lanjut dan karier. Mereka melakukan konseling individu dan kelompok, memberikan tes minat bakat, berkoordinasi dengan wali kelas dan orang tua, serta menyelenggarakan layanan orientasi karier. Guru BK bekerja di SMP, SMA, SMK, dan sekolah swasta maupun internasional.',
    personality:
      'Cocok untuk kamu yang senang mendengarkan, peduli pada remaja, dan ingin membantu mereka menemukan arah hidup. Kamu yang empatik, bisa dipercaya, dan luwes berkomunikasi dengan siswa, guru, dan orang tua akan berkembang sebagai guru BK.',
    activities: [
      'Melakukan konseling individu dan kelompok bagi siswa',
      'Memberikan tes minat bakat dan bimbingan memilih jurusan atau karier',
      'Menangani masalah perilaku, perundungan, atau kesulitan belajar',
      'Berkoordinasi dengan wali kelas dan orang tua siswa',
      'Menyelenggarakan seminar karier dan kunjungan kampus',
    ],
    hard: {
      wajib: ['Konseling', 'Asesmen minat dan bakat', 'Bimbingan karier', 'Penulisan laporan konseling'],
      dianjurkan: ['Psikoedukasi kelompok'],
    },
    soft: { wajib: ['Empati', 'Mendengarkan aktif', 'Integritas', 'Komunikasi'] },
    tools: {
      wajib: ['Instrumen asesmen minat bakat', 'Buku catatan konseling'],
      umum: ['Google Forms', 'Aplikasi tes minat daring'],
    },
    study: ['Bimbingan dan Konseling', 'Psikologi'],
    career: [
      ['Guru BK', '0–3 tahun', 3_800_000, 6_000_000],
      ['Koordinator BK', '3–10 tahun', 6_000_000, 10_000_000],
      ['Wakil Kepala Sekolah Bidang Kesiswaan', '10+ tahun', 9_000_000, 15_000_000],
    ],
    insights: [
      'Perhatian pada kesehatan mental remaja dan perencanaan karier membuat peran guru BK makin strategis di sekolah.',
      'Keterampilan konseling karier juga membuka peluang di lembaga bimbingan belajar dan konsultan pendidikan.',
    ],
  }),
  defineProfession({
    id: 408,
    slug: 'guru-bahasa-inggris',
    name: 'Guru Bahasa Inggris',
    sub: 'PENDIDIKAN_SEKOLAH',
    code: 'SAE',
    about:
      'Guru bahasa Inggris mengajarkan kemampuan mendengar, berbicara, membaca, dan menulis dalam bahasa Inggris kepada siswa sekolah, mahasiswa, atau pekerja. Mereka menyusun materi yang interaktif, melatih percakapan, menyiapkan murid menghadapi ujian seperti TOEFL atau IELTS, dan menilai perkembangan kemampuan berbahasa. Guru bahasa Inggris bekerja di sekolah, lembaga kursus, perusahaan, atau mengajar secara daring.',
    personality:
      'Cocok untuk kamu yang menyukai bahasa dan budaya, percaya diri berbicara di depan kelas, dan senang melihat murid berani berkomunikasi. Orang yang sabar, kreatif menyusun permainan belajar, dan komunikatif akan berkembang sebagai guru bahasa Inggris.',
    activities: [
      'Mengajar tata bahasa, kosakata, dan percakapan bahasa Inggris',
      'Membuat materi dan permainan belajar yang interaktif',
      'Melatih murid untuk ujian TOEFL, IELTS, atau ujian sekolah',
      'Menilai kemampuan berbicara dan menulis murid',
      'Membimbing klub debat atau lomba pidato bahasa Inggris',
    ],
    hard: {
      wajib: ['Bahasa Inggris', 'Metode pengajaran', 'Penyusunan modul ajar', 'Penilaian pembelajaran'],
      dianjurkan: ['Pengajaran bahasa Inggris sebagai bahasa asing (TEFL)'],
    },
    soft: { wajib: ['Komunikasi', 'Berbicara di depan umum', 'Kesabaran', 'Kreativitas'] },
    tools: {
      wajib: ['Modul ajar dan buku teks', 'Proyektor', 'Google Classroom'],
      umum: ['Kahoot atau Quizizz', 'Zoom atau Google Meet'],
    },
    study: ['Pendidikan Bahasa Inggris', 'Sastra Inggris'],
    career: [
      ['Guru Bahasa Inggris Junior', '0–2 tahun', 4_000_000, 6_000_000],
      ['Guru Bahasa Inggris Senior', '2–7 tahun', 6_000_000, 10_000_000],
      ['Koordinator Akademik / Kepala Lembaga Kursus', '7+ tahun', 10_000_000, 18_000_000],
    ],
    insights: [
      'Kebutuhan bahasa Inggris untuk studi dan kerja membuat kursus serta les daring terus diminati.',
      'Sertifikat mengajar seperti TEFL atau CELTA membuka peluang di sekolah internasional dan luar negeri.',
    ],
  }),
  defineProfession({
    id: 409,
    slug: 'dosen',
    name: 'Dosen',
    sub: 'PENDIDIKAN_TINGGI',
    code: 'SIA',
    about:
      'Dosen mengajar mahasiswa di perguruan tinggi, membimbing skripsi dan penelitian, serta menjalankan penelitian dan pengabdian kepada masyarakat sesuai Tri Dharma Perguruan Tinggi. Dosen menyiapkan materi kuliah, menilai tugas dan ujian, menulis artikel ilmiah, dan sering menjadi narasumber di bidang keahliannya. Dosen bekerja di universitas negeri dan swasta, politeknik, atau institut.',
    personality:
      'Cocok untuk kamu yang mencintai ilmu pengetahuan, senang berbagi dan berdiskusi, serta ingin membimbing generasi muda. Orang yang gemar membaca, meneliti, dan menjelaskan konsep rumit dengan jelas akan berkembang sebagai dosen.',
    activities: [
      'Mengajar kuliah dan memimpin diskusi kelas',
      'Membimbing mahasiswa dalam skripsi, tesis, dan proyek penelitian',
      'Melakukan penelitian dan menulis artikel di jurnal ilmiah',
      'Menyusun silabus, materi ajar, dan soal ujian',
      'Menjalankan kegiatan pengabdian kepada masyarakat',
    ],
    hard: {
      wajib: ['Metode pengajaran', 'Metodologi penelitian', 'Penulisan ilmiah', 'Penguasaan bidang keilmuan'],
      dianjurkan: ['Analisis statistik'],
    },
    soft: { wajib: ['Komunikasi', 'Berbicara di depan umum', 'Rasa ingin tahu', 'Kesabaran'] },
    tools: {
      wajib: ['Learning management system (Moodle)', 'Microsoft PowerPoint', 'Mendeley atau Zotero'],
      umum: ['SPSS', 'Zoom atau Google Meet'],
    },
    study: ['Magister sesuai bidang keilmuan'],
    career: [
      ['Asisten Ahli', '0–4 tahun', 5_500_000, 9_000_000],
      ['Lektor', '4–10 tahun', 9_000_000, 15_000_000],
      ['Lektor Kepala', '10–15 tahun', 15_000_000, 25_000_000],
      ['Guru Besar (Profesor)', '15+ tahun', 25_000_000, 45_000_000],
    ],
    insights: [
      'Syarat minimal magister dan dorongan publikasi internasional membuat dosen perlu terus meneliti.',
      'Beasiswa doktoral di dalam dan luar negeri cukup terbuka bagi dosen muda.',
    ],
  }),
  defineProfession({
    id: 410,
    slug: 'pemandu-wisata',
    name: 'Pemandu Wisata',
    sub: 'PARIWISATA_PERJALANAN',
    code: 'SE',
    about:
      'Pemandu wisata mendampingi wisatawan domestik maupun mancanegara menjelajahi destinasi, sambil menjelaskan sejarah, budaya, alam, dan cerita setempat. Mereka mengatur jadwal kunjungan, memastikan keamanan dan kenyamanan rombongan, menangani kendala di perjalanan, dan menjadi jembatan dengan masyarakat lokal. Pemandu wisata bekerja di biro perjalanan, operator tur, tempat wisata, atau sebagai pemandu lepas berlisensi.',
    personality:
      'Cocok untuk kamu yang suka bertemu orang baru, senang bercerita, dan cinta jalan-jalan. Kamu yang ramah, komunikatif, fasih berbahasa asing, dan sigap menangani masalah di perjalanan akan berkembang sebagai pemandu wisata.',
    activities: [
      'Memandu rombongan wisata dan menjelaskan sejarah serta budaya destinasi',
      'Menyusun rencana perjalanan dan jadwal kunjungan',
      'Memastikan keselamatan dan kenyamanan wisatawan',
      'Berkoordinasi dengan hotel, transportasi, dan restoran',
      'Menangani keluhan dan situasi darurat selama perjalanan',
    ],
    hard: {
      wajib: ['Pengetahuan sejarah dan budaya lokal', 'Bahasa Inggris', 'Perencanaan perjalanan'],
      dianjurkan: ['Bahasa asing lain', 'Pertolongan pertama'],
    },
    soft: { wajib: ['Komunikasi', 'Berbicara di depan umum', 'Pelayanan pelanggan', 'Pemecahan masalah'] },
    tools: {
      wajib: ['Pengeras suara portabel', 'Aplikasi peta dan navigasi'],
      umum: ['Radio komunikasi (HT)', 'Aplikasi pemesanan tur'],
    },
    study: ['Usaha Perjalanan Wisata', 'Pariwisata'],
    career: [
      ['Pemandu Wisata Pemula', '0–2 tahun', 3_500_000, 5_500_000],
      ['Pemandu Wisata Berlisensi', '2–6 tahun', 5_500_000, 10_000_000],
      ['Tour Leader / Manajer Operasional Tur', '6+ tahun', 10_000_000, 20_000_000],
    ],
    insights: [
      'Pengembangan destinasi wisata baru menaikkan kebutuhan pemandu yang fasih berbahasa asing.',
      'Penghasilan pemandu sering bertambah dari tip dan komisi, terutama pada musim liburan.',
    ],
  }),
  defineProfession({
    id: 411,
    slug: 'spesialis-sdm',
    name: 'Spesialis Sumber Daya Manusia',
    sub: 'BISNIS_SDM',
    code: 'SEC',
    about:
      'Spesialis sumber daya manusia (SDM atau HR) mengelola perjalanan karyawan di perusahaan, mulai dari rekrutmen, orientasi, pelatihan, dan penilaian kinerja hingga penggajian dan hubungan industrial. Mereka mewawancarai kandidat, merancang program pengembangan karyawan, menjaga kepatuhan terhadap peraturan ketenagakerjaan, dan membangun budaya kerja yang sehat. Spesialis SDM dibutuhkan di hampir semua organisasi, dari startup hingga korporasi dan instansi.',
    personality:
      'Cocok untuk kamu yang senang bertemu dan memahami orang, adil dalam bersikap, dan tertarik membangun tempat kerja yang nyaman. Kamu yang komunikatif, bisa menjaga kerahasiaan, dan rapi mengurus administrasi akan berkembang di bidang SDM.',
    activities: [
      'Menyusun lowongan, menyaring CV, dan mewawancarai kandidat',
      'Mengatur orientasi dan pelatihan karyawan baru',
      'Mengelola penilaian kinerja dan program pengembangan karyawan',
      'Mengurus administrasi penggajian, BPJS, dan cuti',
      'Menangani keluhan karyawan dan menjaga kepatuhan pada peraturan ketenagakerjaan',
    ],
    hard: {
      wajib: [
        'Rekrutmen dan seleksi',
        'Manajemen kinerja',
        'Hukum ketenagakerjaan',
        'Administrasi penggajian',
      ],
      dianjurkan: ['Analitik SDM'],
    },
    soft: { wajib: ['Komunikasi', 'Integritas', 'Empati', 'Negosiasi'] },
    tools: {
      wajib: ['Sistem informasi SDM (HRIS)', 'Microsoft Excel', 'Portal lowongan kerja'],
      umum: ['Google Workspace', 'Aplikasi psikotes daring'],
    },
    study: ['Psikologi', 'Manajemen', 'Administrasi Bisnis'],
    career: [
      ['Staf HR / Rekruter', '0–2 tahun', 5_000_000, 7_500_000],
      ['HR Generalist', '2–5 tahun', 7_500_000, 13_000_000],
      ['HR Manager', '5–10 tahun', 15_000_000, 28_000_000],
      ['HR Director', '10+ tahun', 30_000_000, 60_000_000],
    ],
    insights: [
      'Persaingan mendapatkan talenta terbaik membuat fungsi SDM makin strategis, terutama rekrutmen dan pengembangan karyawan.',
      'Kemampuan mengolah data SDM dan memahami aturan ketenagakerjaan terbaru menjadi nilai tambah.',
    ],
  }),
];
