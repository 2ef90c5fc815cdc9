// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter R (part 2 of 2). */

export const REALISTIC_PROFESSIONS_2: readonly ProfessionSeed[] = [
  defineProfession({
    id: 107,
    slug: 'operator-alat-berat',
    name: 'Operator Alat Berat',
    sub: 'TEKNIK_SIPIL',
    code: 'R',
    about:
      'Operator alat berat mengendalikan mesin besar seperti ekskavator, buldoser, crane, dan wheel loader untuk menggali, meratakan, mengangkat, atau memindahkan material. Mereka bekerja di proyek konstruksi jalan dan gedung, pertambangan, perkebunan, serta pelabuhan. Selain mengoperasikan mesin, operator memeriksa kondisi unit setiap hari dan menjaga keselamatan di area kerja.',
    personality:
      'Cocok untuk kamu yang senang bekerja di lapangan, punya koordinasi tangan dan mata yang baik, serta tenang mengendalikan mesin besar. Orang yang disiplin, tahan cuaca panas, dan siap ditempatkan di lokasi proyek yang jauh akan berkembang di profesi ini.',
    activities: [
      'Mengoperasikan ekskavator, buldoser, atau crane sesuai arahan pengawas',
      'Menggali, meratakan tanah, dan memindahkan material di lokasi proyek atau tambang',
      'Memeriksa oli, bahan bakar, dan kondisi unit sebelum mulai bekerja',
      'Mematuhi rambu dan prosedur keselamatan di area kerja',
      'Melaporkan kerusakan alat dan membantu mekanik saat perawatan',
    ],
    hard: {
      wajib: ['Pengoperasian alat berat', 'Pemeriksaan harian unit', 'Membaca kontur dan rambu lapangan'],
      dianjurkan: ['Perawatan dasar mesin diesel'],
    },
    soft: { wajib: ['Disiplin keselamatan kerja', 'Konsentrasi', 'Ketahanan fisik'] },
    tools: {
      wajib: ['Ekskavator', 'Buldoser', 'Alat pelindung diri'],
      umum: ['Crane', 'Radio komunikasi (HT)'],
    },
    study: ['Teknik Alat Berat'],
    career: [
      ['Operator Alat Berat Pemula', '0–2 tahun', 5_000_000, 7_500_000],
      ['Operator Alat Berat Berpengalaman', '3–6 tahun', 7_500_000, 12_000_000],
      ['Pengawas Alat Berat (Foreman)', '7+ tahun', 12_000_000, 20_000_000],
    ],
    insights: [
      'Pertambangan dan infrastruktur menjadi penyerap utama operator alat berat, sering disertai tunjangan lokasi.',
      'Surat Izin Operator (SIO) dan pengalaman pada beberapa jenis unit menaikkan peluang dan penghasilan.',
    ],
  }),
  defineProfession({
    id: 108,
    slug: 'koki',
    name: 'Koki',
    sub: 'KULINER',
    code: 'RA',
    about:
      'Koki atau juru masak menyiapkan, memasak, dan menyajikan hidangan di restoran, hotel, katering, atau kapal pesiar. Pekerjaannya meliputi mengolah bahan makanan, meracik bumbu, menjaga rasa tetap konsisten, hingga menata makanan agar menggugah selera. Koki juga bertanggung jawab atas kebersihan dapur, keamanan pangan, dan pengelolaan stok bahan.',
    personality:
      'Cocok untuk kamu yang suka memasak, kreatif meracik rasa dan tampilan hidangan, serta tahan bekerja cepat di dapur yang sibuk. Orang yang rapi, bertenaga, dan senang bereksperimen dengan resep baru akan menikmati profesi ini.',
    activities: [
      'Memasak dan menyajikan hidangan sesuai resep dan standar dapur',
      'Menyiapkan bahan makanan: memotong, membumbui, dan mengolah',
      'Mengembangkan menu dan resep baru bersama kepala dapur',
      'Menata tampilan makanan (plating) agar menarik',
      'Menjaga kebersihan dapur, keamanan pangan, dan stok bahan',
    ],
    hard: {
      wajib: [
        'Teknik memasak',
        'Pengolahan bahan makanan',
        'Keamanan pangan dan sanitasi',
        'Plating dan penyajian',
      ],
      dianjurkan: ['Penyusunan menu dan food cost'],
    },
    soft: { wajib: ['Kreativitas', 'Kerja sama tim', 'Manajemen waktu'], dianjurkan: ['Ketahanan fisik'] },
    tools: {
      wajib: ['Pisau dapur profesional', 'Kompor dan oven komersial'],
      umum: ['Mixer', 'Timbangan digital'],
    },
    study: ['Tata Boga', 'Perhotelan'],
    career: [
      ['Commis (Juru Masak Junior)', '0–2 tahun', 4_000_000, 5_500_000],
      ['Chef de Partie', '2–5 tahun', 5_500_000, 8_500_000],
      ['Sous Chef', '5–8 tahun', 8_500_000, 14_000_000],
      ['Executive Chef', '8+ tahun', 15_000_000, 35_000_000],
    ],
    insights: [
      'Bisnis kuliner, hotel, dan katering terus tumbuh, dan pengalaman di kapal pesiar atau luar negeri bernilai jual tinggi.',
      'Banyak koki berpengalaman membangun usaha makanan sendiri atau menjadi konsultan menu.',
    ],
  }),
  defineProfession({
    id: 109,
    slug: 'petugas-pemadam-kebakaran',
    name: 'Petugas Pemadam Kebakaran',
    sub: 'PENANGGULANGAN_DARURAT',
    code: 'RSE',
    about:
      'Petugas pemadam kebakaran memadamkan api, menyelamatkan korban, dan menangani keadaan darurat seperti kebakaran gedung, kecelakaan, banjir, atau evakuasi hewan. Di luar kejadian darurat, mereka merawat kendaraan dan peralatan, berlatih fisik, serta mengedukasi warga tentang pencegahan kebakaran. Sebagian besar bekerja di dinas pemadam kebakaran dan penyelamatan pemerintah daerah, sebagian lain di tim tanggap darurat bandara atau kawasan industri.',
    personality:
      'Cocok untuk kamu yang berani, bugar, dan ingin pekerjaanmu langsung menolong orang lain. Kamu yang tetap tenang di situasi genting, kompak dalam tim, dan siap bekerja bergiliran siang maupun malam akan berkembang di profesi ini.',
    activities: [
      'Memadamkan kebakaran dan mengendalikan penyebaran api',
      'Menyelamatkan dan mengevakuasi korban dari situasi darurat',
      'Memberikan pertolongan pertama kepada korban luka',
      'Merawat mobil pemadam, selang, pompa, dan alat bantu napas',
      'Mengedukasi warga dan sekolah tentang pencegahan kebakaran',
      'Berlatih fisik dan simulasi penyelamatan secara rutin',
    ],
    hard: {
      wajib: ['Teknik pemadaman api', 'Penyelamatan dan evakuasi', 'Pertolongan pertama'],
      dianjurkan: ['Penanganan bahan berbahaya'],
    },
    soft: { wajib: ['Keberanian', 'Kerja sama tim', 'Ketenangan di bawah tekanan', 'Ketahanan fisik'] },
    tools: {
      wajib: ['Selang dan pompa pemadam', 'Alat pelindung diri', 'Alat bantu pernapasan (SCBA)'],
      umum: ['Alat potong hidrolik', 'Radio komunikasi (HT)'],
    },
    study: ['Manajemen Bencana', 'Keselamatan dan Kesehatan Kerja'],
    career: [
      ['Petugas Pemadam Kebakaran', '0–3 tahun', 4_500_000, 6_500_000],
      ['Komandan Regu', '4–9 tahun', 6_500_000, 9_500_000],
      ['Kepala Pos Pemadam Kebakaran', '10+ tahun', 9_500_000, 14_000_000],
    ],
    insights: [
      'Pemerintah daerah rutin merekrut petugas pemadam melalui jalur ASN atau PPPK, sementara kawasan industri membentuk tim tanggap darurat sendiri.',
      'Sertifikasi pemadam kebakaran dan pertolongan pertama membuka peluang di sektor swasta seperti migas dan bandara.',
    ],
  }),
  defineProfession({
    id: 110,
    slug: 'surveyor-tanah',
    name: 'Surveyor Tanah',
    sub: 'TEKNIK_GEOMATIKA',
    code: 'RCI',
    about:
      'Surveyor tanah atau juru ukur mengukur dan memetakan bidang tanah, kontur lahan, serta posisi bangunan untuk keperluan konstruksi, pertanahan, dan pertambangan. Mereka mengambil data di lapangan dengan total station, GPS geodetik, atau drone, lalu mengolahnya menjadi peta dan gambar situasi yang akurat. Surveyor bekerja di konsultan konstruksi, kontraktor, perusahaan tambang, atau kantor pertanahan.',
    personality:
      'Cocok untuk kamu yang senang kerja lapangan sekaligus teliti dengan angka dan koordinat. Orang yang sabar, sistematis, dan menikmati perjalanan ke berbagai lokasi akan cocok menjadi surveyor.',
    activities: [
      'Mengukur batas tanah, elevasi, dan kontur lahan di lapangan',
      'Mengoperasikan total station, GPS geodetik, dan drone pemetaan',
      'Mengolah data ukur menjadi peta dan gambar situasi',
      'Menandai titik patok untuk pekerjaan konstruksi',
      'Menyusun laporan pengukuran dan memeriksa ketelitian data',
    ],
    hard: {
      wajib: ['Pengukuran topografi', 'Pengolahan data spasial (GIS)', 'Membaca gambar teknik'],
      dianjurkan: ['Fotogrametri drone'],
    },
    soft: { wajib: ['Ketelitian', 'Ketahanan fisik', 'Kerja sama tim'] },
    tools: {
      wajib: ['Total station', 'GPS geodetik', 'AutoCAD Civil 3D'],
      umum: ['QGIS atau ArcGIS', 'Drone pemetaan'],
    },
    study: ['Teknik Geodesi', 'Teknik Geomatika'],
    career: [
      ['Surveyor Junior', '0–2 tahun', 4_800_000, 7_000_000],
      ['Surveyor', '3–6 tahun', 7_000_000, 11_000_000],
      ['Kepala Tim Survei', '7+ tahun', 11_000_000, 20_000_000],
    ],
    insights: [
      'Proyek infrastruktur, pertambangan, dan program sertifikasi tanah terus membutuhkan surveyor yang menguasai drone dan GIS.',
      'Lisensi surveyor kadastral membuka peluang bekerja sama dengan kantor pertanahan.',
    ],
  }),
  defineProfession({
    id: 111,
    slug: 'petani-hortikultura',
    name: 'Petani Hortikultura',
    sub: 'PERTANIAN_TANAMAN',
    code: 'REC',
    about:
      'Petani hortikultura membudidayakan sayuran, buah, dan tanaman hias, mulai dari menyemai bibit, mengolah lahan, memupuk, hingga memanen dan menjual hasilnya. Petani masa kini banyak memakai teknik hidroponik, rumah kaca, irigasi tetes, dan pemasaran daring untuk meningkatkan hasil dan keuntungan. Profesi ini bisa dijalani sebagai usaha sendiri, anggota kelompok tani, atau bagian dari perusahaan agribisnis.',
    personality:
      'Cocok untuk kamu yang senang bekerja di alam, merawat tanaman, dan melihat hasil jerih payah tumbuh dari hari ke hari. Kamu yang tekun, berani mengelola usaha, dan mau belajar teknologi pertanian baru akan berkembang di bidang ini.',
    activities: [
      'Menyemai bibit, mengolah lahan, dan menanam sayuran atau buah',
      'Memupuk, menyiram, dan mengendalikan hama tanaman',
      'Merawat kebun hidroponik atau rumah kaca',
      'Memanen, menyortir, dan mengemas hasil panen',
      'Menjual hasil panen ke pasar, pengepul, atau secara daring',
      'Mencatat biaya produksi dan hasil penjualan',
    ],
    hard: {
      wajib: ['Budidaya tanaman', 'Pengendalian hama terpadu', 'Teknik hidroponik'],
      dianjurkan: ['Pemasaran digital', 'Pembukuan'],
    },
    soft: { wajib: ['Ketekunan', 'Kemandirian', 'Pengambilan keputusan'] },
    tools: {
      wajib: ['Cangkul dan alat tani', 'Sistem irigasi tetes', 'Alat semprot (sprayer)'],
      umum: ['Traktor tangan', 'Aplikasi pencatatan usaha tani'],
    },
    study: ['Agroteknologi', 'Agribisnis'],
    career: [
      ['Staf Kebun', '0–2 tahun', 3_000_000, 5_000_000],
      ['Petani Mandiri / Supervisor Kebun', '3–6 tahun', 5_000_000, 10_000_000],
      ['Pengusaha Agribisnis / Manajer Kebun', '7+ tahun', 10_000_000, 25_000_000],
    ],
    insights: [
      'Permintaan sayur dan buah segar berkualitas di kota besar terus naik, termasuk dari pasar modern dan restoran.',
      'Program petani muda dan akses pembiayaan usaha tani membuka jalan bagi anak muda untuk memulai usaha hortikultura.',
    ],
  }),
  defineProfession({
    id: 112,
    slug: 'paramedis-gawat-darurat',
    name: 'Paramedis Gawat Darurat',
    sub: 'PENANGGULANGAN_DARURAT',
    code: 'RS',
    about:
      'Paramedis gawat darurat merespons panggilan darurat, memberikan pertolongan medis di lokasi kejadian, dan membawa korban dengan ambulans ke fasilitas kesehatan terdekat. Mereka menilai kondisi korban kecelakaan, serangan jantung, atau bencana, melakukan resusitasi jantung paru, menghentikan perdarahan, memasang bidai, dan menjaga pasien tetap stabil selama perjalanan. Paramedis bekerja di layanan ambulans pemerintah, rumah sakit, palang merah, tim medis acara, serta kawasan industri dan tambang.',
    personality:
      'Cocok untuk kamu yang ingin langsung menolong orang di saat paling genting, cekatan memakai peralatan medis, dan kuat secara fisik. Orang yang tenang di bawah tekanan, sigap mengambil keputusan, dan tidak keberatan bekerja bergiliran di lapangan akan berkembang sebagai paramedis.',
    activities: [
      'Merespons panggilan darurat dan menuju lokasi kejadian dengan ambulans',
      'Menilai kondisi korban dan memberikan pertolongan pertama di tempat',
      'Melakukan resusitasi jantung paru, menghentikan perdarahan, dan memasang bidai',
      'Mengangkat dan memindahkan pasien dengan tandu secara aman',
      'Memantau pasien selama perjalanan dan melaporkan kondisinya ke rumah sakit',
      'Memeriksa dan merawat peralatan medis di dalam ambulans',
    ],
    hard: {
      wajib: [
        'Bantuan hidup dasar (BLS)',
        'Pertolongan pertama',
        'Penanganan trauma pra-rumah sakit',
        'Evakuasi dan transportasi pasien',
      ],
      dianjurkan: ['Bantuan hidup lanjut (ACLS)'],
    },
    soft: { wajib: ['Ketenangan di bawah tekanan', 'Empati', 'Kerja sama tim', 'Ketahanan fisik'] },
    tools: {
      wajib: ['Defibrilator (AED)', 'Tandu dan papan spinal', 'Tabung oksigen dan masker'],
      umum: ['Bidai dan kit trauma', 'Radio komunikasi (HT)'],
    },
    study: ['Ilmu Keperawatan'],
    career: [
      ['Petugas Ambulans', '0–2 tahun', 4_500_000, 6_500_000],
      ['Paramedis Senior', '3–6 tahun', 6_500_000, 9_500_000],
      ['Koordinator Layanan Ambulans', '7+ tahun', 9_500_000, 15_000_000],
    ],
    insights: [
      'Layanan panggilan darurat terpadu di banyak kota membutuhkan tenaga ambulans yang terlatih dan bersertifikat.',
      'Sertifikat pelatihan gawat darurat menjadi syarat utama dan membuka peluang di rumah sakit, tambang, serta tim medis acara besar.',
    ],
  }),
];
