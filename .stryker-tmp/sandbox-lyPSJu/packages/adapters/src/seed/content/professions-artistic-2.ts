// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter A (part 2 of 2): media, film, animation and music. */

export const ARTISTIC_PROFESSIONS_2: readonly ProfessionSeed[] = [
  defineProfession({
    id: 306,
    slug: 'penulis-konten',
    name: 'Penulis Konten',
    sub: 'MEDIA_KONTEN',
    code: 'AE',
    about:
      'Penulis konten menulis artikel, naskah video, keterangan unggahan media sosial, deskripsi produk, dan materi promosi yang menarik sekaligus mudah ditemukan di mesin pencari. Mereka meriset topik, menyesuaikan gaya bahasa dengan target pembaca, dan bekerja sama dengan tim pemasaran untuk menaikkan kunjungan dan penjualan. Penulis konten, yang juga dikenal sebagai content writer atau copywriter, bekerja di agensi digital, media daring, perusahaan e-commerce, atau sebagai freelancer.',
    personality:
      'Cocok untuk kamu yang suka menulis, bercerita, dan bermain kata, sekaligus senang memikirkan cara membuat orang tertarik membaca. Kamu yang kreatif, rajin riset, dan disiplin dengan tenggat akan berkembang sebagai penulis konten.',
    activities: [
      'Menulis artikel blog, naskah video, dan caption media sosial',
      'Meriset topik dan kata kunci untuk optimasi mesin pencari (SEO)',
      'Menyusun teks iklan dan deskripsi produk yang persuasif',
      'Menyunting dan memeriksa tulisan agar sesuai gaya bahasa merek',
      'Memantau performa konten lalu memperbaikinya',
    ],
    hard: {
      wajib: ['Penulisan kreatif', 'Copywriting', 'Optimasi mesin pencari (SEO)', 'Penyuntingan naskah'],
      dianjurkan: ['Analitik media sosial'],
    },
    soft: { wajib: ['Kreativitas', 'Manajemen waktu', 'Rasa ingin tahu'] },
    tools: {
      wajib: ['Google Docs', 'WordPress', 'Google Analytics'],
      umum: ['Ahrefs atau Semrush', 'Canva'],
    },
    study: ['Ilmu Komunikasi', 'Sastra Indonesia', 'Sastra Inggris'],
    career: [
      ['Content Writer Junior', '0–2 tahun', 4_800_000, 7_000_000],
      ['Content Writer / Copywriter', '2–5 tahun', 7_000_000, 12_000_000],
      ['Content Lead', '5–8 tahun', 12_000_000, 20_000_000],
      ['Head of Content', '8+ tahun', 20_000_000, 35_000_000],
    ],
    insights: [
      'Pemasaran berbasis konten membuat perusahaan dari berbagai sektor membutuhkan penulis yang memahami SEO dan media sosial.',
      'Penulis yang memakai alat bantu AI secara bijak sambil menjaga keaslian tulisan makin dicari.',
    ],
  }),
  defineProfession({
    id: 307,
    slug: 'jurnalis',
    name: 'Jurnalis',
    sub: 'MEDIA_KONTEN',
    code: 'AEI',
    about:
      'Jurnalis atau wartawan mencari, memverifikasi, dan menyampaikan berita kepada publik melalui media cetak, televisi, radio, maupun daring. Mereka mewawancarai narasumber, meliput peristiwa di lapangan, memeriksa fakta, lalu menulis atau memproduksi laporan yang akurat dan berimbang. Jurnalis bekerja di perusahaan media, kantor berita, media digital, atau sebagai kontributor lepas.',
    personality:
      'Cocok untuk kamu yang penasaran dengan apa yang terjadi di sekitar, suka menulis dan bertanya, serta berani menyuarakan kebenaran. Orang yang gigih, kritis, dan siap bekerja dengan tenggat ketat akan berkembang sebagai jurnalis.',
    activities: [
      'Meliput peristiwa dan mewawancarai narasumber',
      'Menulis berita, feature, atau laporan investigasi',
      'Memverifikasi fakta dan data sebelum berita terbit',
      'Memproduksi berita dalam bentuk video, foto, atau siniar',
      'Membangun jaringan narasumber dan mengikuti isu terkini',
    ],
    hard: {
      wajib: ['Penulisan berita', 'Teknik wawancara', 'Verifikasi fakta', 'Penyuntingan naskah'],
      dianjurkan: ['Jurnalisme data', 'Produksi video'],
    },
    soft: { wajib: ['Berpikir kritis', 'Komunikasi', 'Keberanian', 'Manajemen waktu'] },
    tools: { wajib: ['Perekam suara', 'Kamera', 'Google Docs'], umum: ['Adobe Premiere Pro', 'WordPress'] },
    study: ['Ilmu Komunikasi', 'Jurnalistik'],
    career: [
      ['Reporter', '0–3 tahun', 4_800_000, 7_500_000],
      ['Jurnalis Senior', '3–7 tahun', 7_500_000, 12_000_000],
      ['Redaktur', '7–10 tahun', 12_000_000, 20_000_000],
      ['Pemimpin Redaksi', '10+ tahun', 20_000_000, 40_000_000],
    ],
    insights: [
      'Perpindahan pembaca ke media digital menuntut jurnalis menguasai video, media sosial, dan jurnalisme data.',
      'Uji kompetensi wartawan menjadi standar profesionalisme yang diakui di industri media.',
    ],
  }),
  defineProfession({
    id: 308,
    slug: 'fotografer',
    name: 'Fotografer',
    sub: 'FOTOGRAFI_VIDEO',
    code: 'AR',
    about:
      'Fotografer mengabadikan momen dan objek melalui foto untuk pernikahan, acara, produk, jurnalistik, mode, atau iklan. Mereka mengatur pencahayaan, komposisi, dan sudut pengambilan gambar, lalu menyunting hasil foto agar sesuai kebutuhan klien. Fotografer bekerja di studio foto, media, agensi iklan, e-commerce, atau menjalankan usaha jasa foto sendiri.',
    personality:
      'Cocok untuk kamu yang punya mata tajam terhadap keindahan, suka memotret, dan senang berpindah ke berbagai lokasi. Kamu yang kreatif, sabar menunggu momen yang pas, dan ramah kepada klien akan berkembang sebagai fotografer.',
    activities: [
      'Memotret acara, produk, model, atau pemandangan sesuai arahan klien',
      'Mengatur pencahayaan, komposisi, dan pengaturan kamera',
      'Menyunting dan meretus foto dengan perangkat lunak',
      'Merawat kamera, lensa, dan peralatan lampu',
      'Mempromosikan jasa foto dan mengelola portofolio',
    ],
    hard: {
      wajib: ['Teknik fotografi', 'Pencahayaan', 'Penyuntingan foto', 'Komposisi visual'],
      dianjurkan: ['Videografi'],
    },
    soft: { wajib: ['Kreativitas', 'Komunikasi', 'Kesabaran'] },
    tools: {
      wajib: ['Kamera DSLR atau mirrorless', 'Adobe Lightroom', 'Lampu studio dan flash'],
      umum: ['Adobe Photoshop', 'Tripod'],
    },
    study: ['Fotografi', 'Desain Komunikasi Visual'],
    career: [
      ['Asisten Fotografer', '0–2 tahun', 3_800_000, 5_500_000],
      ['Fotografer', '2–5 tahun', 5_500_000, 10_000_000],
      ['Fotografer Senior / Pemilik Studio', '5+ tahun', 10_000_000, 30_000_000],
    ],
    insights: [
      'Foto produk untuk toko daring dan dokumentasi acara menjadi sumber pekerjaan yang stabil bagi fotografer.',
      'Kemampuan merekam video membuat fotografer lebih leluasa menerima berbagai jenis proyek.',
    ],
  }),
  defineProfession({
    id: 309,
    slug: 'editor-video',
    name: 'Editor Video',
    sub: 'FOTOGRAFI_VIDEO',
    code: 'AR',
    about:
      'Editor video menyunting rekaman mentah menjadi video yang utuh dan enak ditonton, mulai dari film, iklan, dan video YouTube hingga konten media sosial. Mereka memilih potongan gambar terbaik, mengatur alur cerita, menambahkan musik, efek, teks, dan koreksi warna. Editor video bekerja di rumah produksi, stasiun televisi, agensi kreatif, tim konten perusahaan, atau sebagai freelancer.',
    personality:
      'Cocok untuk kamu yang suka menonton dan membuat video, peka terhadap ritme, musik, dan cerita, serta betah berjam-jam di depan layar. Orang yang kreatif, teliti terhadap detail, dan tahan tenggat akan berkembang sebagai editor video.',
    activities: [
      'Menyunting rekaman menjadi video yang runtut dan menarik',
      'Menambahkan musik, efek suara, teks, dan transisi',
      'Mengoreksi dan menata warna video (color grading)',
      'Membuat motion graphic sederhana untuk konten media sosial',
      'Berdiskusi dengan sutradara atau klien untuk revisi video',
    ],
    hard: {
      wajib: ['Penyuntingan video', 'Color grading', 'Penyuntingan audio', 'Storytelling visual'],
      dianjurkan: ['Motion graphic'],
    },
    soft: { wajib: ['Kreativitas', 'Ketelitian', 'Manajemen waktu'] },
    tools: {
      wajib: ['Adobe Premiere Pro', 'DaVinci Resolve', 'CapCut'],
      umum: ['Adobe After Effects', 'Final Cut Pro'],
    },
    study: ['Film dan Televisi', 'Desain Komunikasi Visual'],
    career: [
      ['Editor Video Junior', '0–2 tahun', 4_500_000, 7_000_000],
      ['Editor Video', '2–5 tahun', 7_000_000, 12_000_000],
      ['Senior Editor / Supervisor Pascaproduksi', '5+ tahun', 12_000_000, 25_000_000],
    ],
    insights: [
      'Maraknya video pendek di media sosial membuat editor video dibutuhkan oleh kreator, merek, hingga instansi.',
      'Portofolio video di YouTube atau media sosial menjadi bukti kemampuan yang paling mudah dinilai.',
    ],
  }),
  defineProfession({
    id: 310,
    slug: 'animator',
    name: 'Animator',
    sub: 'ANIMASI',
    code: 'ARI',
    about:
      'Animator menghidupkan karakter, objek, dan cerita melalui gambar bergerak, baik animasi 2D, 3D, maupun motion graphic. Mereka membuat storyboard, merancang gerakan, dan menyusun adegan untuk film animasi, iklan, gim, video edukasi, hingga konten media sosial. Animator bekerja di studio animasi, pengembang gim, rumah produksi, atau agensi kreatif.',
    personality:
      'Cocok untuk kamu yang suka menggambar dan menonton animasi, punya imajinasi kuat, serta sabar menggarap detail gerakan dari bingkai ke bingkai. Kamu yang kreatif sekaligus senang mempelajari perangkat lunak teknis akan berkembang sebagai animator.',
    activities: [
      'Membuat storyboard dan konsep adegan animasi',
      'Menganimasikan karakter dan objek dalam 2D atau 3D',
      'Membuat model 3D, rigging, dan tekstur karakter',
      'Menyusun motion graphic untuk iklan atau video edukasi',
      'Bekerja sama dengan sutradara, ilustrator, dan pengisi suara',
    ],
    hard: {
      wajib: ['Animasi 2D', 'Animasi 3D', 'Storyboarding', 'Pemodelan 3D'],
      dianjurkan: ['Desain karakter', 'Motion graphic'],
    },
    soft: { wajib: ['Kreativitas', 'Ketekunan', 'Kerja sama tim'] },
    tools: {
      wajib: ['Blender', 'Adobe After Effects', 'Toon Boom Harmony'],
      umum: ['Autodesk Maya', 'Tablet gambar'],
    },
    study: ['Animasi', 'Desain Komunikasi Visual'],
    career: [
      ['Animator Junior', '0–2 tahun', 5_000_000, 7_500_000],
      ['Animator', '2–5 tahun', 7_500_000, 13_000_000],
      ['Lead Animator / Sutradara Animasi', '5+ tahun', 13_000_000, 30_000_000],
    ],
    insights: [
      'Studio animasi lokal yang menggarap serial, film, dan proyek luar negeri terus bertumbuh.',
      'Industri gim dan konten edukasi digital memperluas kebutuhan animator 2D maupun 3D.',
    ],
  }),
  defineProfession({
    id: 311,
    slug: 'guru-musik',
    name: 'Guru Musik',
    sub: 'PENDIDIKAN_KURSUS',
    code: 'AS',
    about:
      'Guru musik mengajarkan teori dan praktik bermain alat musik, bernyanyi, atau membaca not balok kepada anak-anak hingga orang dewasa. Mereka menyusun materi pelajaran, melatih teknik, membimbing latihan ansambel atau paduan suara, dan menyiapkan murid untuk pentas maupun ujian musik. Guru musik bekerja di sekolah, lembaga kursus musik, sanggar, atau memberikan les privat.',
    personality:
      'Cocok untuk kamu yang mencintai musik dan senang berbagi keterampilan kepada orang lain. Kamu yang sabar, ekspresif, dan mampu menyemangati murid saat mereka kesulitan akan berkembang sebagai guru musik.',
    activities: [
      'Mengajar teknik bermain piano, gitar, biola, atau vokal',
      'Menyusun kurikulum dan materi latihan sesuai tingkat murid',
      'Melatih paduan suara, band, atau ansambel sekolah',
      'Mempersiapkan murid untuk konser, lomba, atau ujian musik',
      'Membuat aransemen lagu untuk kebutuhan pentas',
    ],
    hard: {
      wajib: ['Teori musik', 'Memainkan alat musik', 'Metode pengajaran', 'Aransemen musik'],
      dianjurkan: ['Produksi musik digital'],
    },
    soft: { wajib: ['Kesabaran', 'Komunikasi', 'Kreativitas'] },
    tools: {
      wajib: ['Piano atau keyboard', 'Gitar', 'Metronom'],
      umum: ['MuseScore atau Sibelius', 'Digital audio workstation'],
    },
    study: ['Pendidikan Seni Musik', 'Seni Musik'],
    career: [
      ['Guru Musik Kursus', '0–2 tahun', 3_500_000, 5_500_000],
      ['Guru Musik Sekolah / Les Privat', '2–6 tahun', 5_500_000, 9_000_000],
      ['Kepala Sekolah Musik / Pemilik Kursus', '6+ tahun', 9_000_000, 20_000_000],
    ],
    insights: [
      'Minat orang tua pada pendidikan seni anak membuat kursus musik dan les privat tetap ramai di kota besar.',
      'Kelas musik daring membuka peluang mengajar murid dari berbagai daerah.',
    ],
  }),
];
