// @ts-nocheck
import { defineProfession } from './profession-draft.js';
import type { ProfessionSeed } from './types.js';

/* Demo catalogue, dominant letter A (part 1 of 2): visual design and architecture. */

export const ARTISTIC_PROFESSIONS_1: readonly ProfessionSeed[] = [
  defineProfession({
    id: 301,
    slug: 'desainer-grafis',
    name: 'Desainer Grafis',
    sub: 'DESAIN_VISUAL',
    code: 'ARE',
    about:
      'Desainer grafis menciptakan desain visual seperti logo, identitas merek, poster, kemasan produk, tampilan media sosial, dan materi promosi. Mereka menggambar sketsa, memilih warna dan tipografi, menyusun tata letak, lalu mengolah semuanya menjadi karya digital maupun cetak yang menyampaikan pesan secara menarik. Desainer grafis bekerja di agensi periklanan, tim pemasaran perusahaan, media, percetakan, atau sebagai freelancer.',
    personality:
      'Cocok untuk kamu yang suka menggambar, peka terhadap warna dan komposisi, dan senang mengubah ide menjadi visual yang indah. Orang yang kreatif, terbuka pada masukan klien, dan rajin mengikuti tren desain akan berkembang sebagai desainer grafis.',
    activities: [
      'Membuat desain logo, poster, brosur, dan kemasan produk',
      'Menggambar sketsa dan ilustrasi untuk kebutuhan visual merek',
      'Memilih warna, tipografi, dan tata letak agar pesan mudah ditangkap',
      'Mendesain konten visual untuk media sosial dan kampanye iklan',
      'Menyiapkan file desain siap cetak atau siap unggah',
      'Mempresentasikan konsep desain dan merevisinya sesuai masukan klien',
    ],
    hard: {
      wajib: ['Desain grafis', 'Tipografi', 'Teori warna', 'Tata letak (layout)'],
      dianjurkan: ['Ilustrasi digital', 'Motion graphic'],
    },
    soft: {
      wajib: ['Kreativitas', 'Komunikasi', 'Manajemen waktu'],
      dianjurkan: ['Terbuka terhadap kritik'],
    },
    tools: { wajib: ['Adobe Photoshop', 'Adobe Illustrator', 'Canva'], umum: ['Adobe InDesign', 'Figma'] },
    study: ['Desain Komunikasi Visual'],
    career: [
      ['Desainer Grafis Junior', '0–2 tahun', 5_000_000, 7_500_000],
      ['Desainer Grafis', '2–5 tahun', 7_500_000, 12_000_000],
      ['Desainer Grafis Senior', '5–8 tahun', 12_000_000, 20_000_000],
      ['Art Director', '8+ tahun', 20_000_000, 35_000_000],
    ],
    insights: [
      'Kebutuhan konten visual untuk pemasaran digital membuat desainer grafis dicari oleh UMKM hingga korporasi.',
      'Banyak desainer menambah penghasilan lewat proyek lepas dan platform internasional.',
    ],
  }),
  defineProfession({
    id: 302,
    slug: 'ilustrator',
    name: 'Ilustrator',
    sub: 'DESAIN_VISUAL',
    code: 'A',
    about:
      'Ilustrator menggambar karya visual untuk buku anak, komik, sampul novel, kemasan, gim, iklan, hingga merchandise. Mereka menerjemahkan cerita atau pesan menjadi gambar dengan gaya khas, baik secara manual dengan pensil dan cat maupun digital dengan tablet gambar. Ilustrator bekerja di penerbit, studio animasi dan gim, agensi kreatif, atau sebagai freelancer yang menerima pesanan gambar.',
    personality:
      'Cocok untuk kamu yang sejak dulu suka menggambar, punya imajinasi kuat, dan ingin mengembangkan gaya visual sendiri. Kamu yang tekun berlatih, berani memperlihatkan karya, dan bisa bekerja mandiri akan berkembang sebagai ilustrator.',
    activities: [
      'Menggambar ilustrasi untuk buku, komik, kemasan, atau iklan',
      'Merancang karakter dan dunia cerita dari naskah atau arahan klien',
      'Membuat sketsa, mewarnai, dan merampungkan ilustrasi digital',
      'Mengelola portofolio dan menerima pesanan gambar (komisi)',
      'Bereksperimen dengan gaya, teknik lukis, dan medium baru',
    ],
    hard: {
      wajib: ['Menggambar dan sketsa', 'Ilustrasi digital', 'Teori warna', 'Desain karakter'],
      dianjurkan: ['Anatomi gambar', 'Storytelling visual'],
    },
    soft: { wajib: ['Kreativitas', 'Kemandirian', 'Manajemen waktu'] },
    tools: {
      wajib: ['Tablet gambar', 'Procreate atau Clip Studio Paint', 'Adobe Photoshop'],
      umum: ['Cat air dan alat gambar manual'],
    },
    study: ['Desain Komunikasi Visual', 'Seni Rupa'],
    career: [
      ['Ilustrator Junior', '0–2 tahun', 4_500_000, 7_000_000],
      ['Ilustrator', '2–5 tahun', 7_000_000, 12_000_000],
      ['Ilustrator Senior / Lead Artist', '5+ tahun', 12_000_000, 25_000_000],
    ],
    insights: [
      'Industri gim, animasi, dan penerbitan digital membuka pasar luas bagi ilustrator, termasuk klien dari luar negeri.',
      'Gaya gambar yang khas dan rutin membagikan karya di media sosial sangat membantu mendatangkan klien.',
    ],
  }),
  defineProfession({
    id: 303,
    slug: 'arsitek',
    name: 'Arsitek',
    sub: 'ARSITEKTUR',
    code: 'AIR',
    about:
      'Arsitek merancang bangunan dan ruang, mulai dari rumah tinggal, kantor, dan sekolah hingga kawasan kota, agar indah, fungsional, aman, dan ramah lingkungan. Arsitek menggambar konsep, membuat model 3D, menyusun gambar kerja, serta berkoordinasi dengan insinyur dan kontraktor hingga bangunan selesai. Mereka bekerja di konsultan arsitektur, pengembang properti, kontraktor, atau membuka biro sendiri.',
    personality:
      'Cocok untuk kamu yang suka menggambar bangunan, peka terhadap ruang dan estetika, sekaligus tertarik pada perhitungan teknis. Orang yang kreatif, sabar merevisi desain, dan mau mendengarkan kebutuhan klien akan berkembang sebagai arsitek.',
    activities: [
      'Menggambar sketsa dan konsep desain bangunan',
      'Membuat gambar kerja dan model 3D dengan perangkat lunak arsitektur',
      'Mendiskusikan kebutuhan, anggaran, dan selera dengan klien',
      'Berkoordinasi dengan insinyur struktur dan kontraktor',
      'Mengawasi pembangunan agar sesuai desain',
    ],
    hard: {
      wajib: ['Desain arsitektur', 'Membaca gambar teknik', 'Pemodelan 3D', 'Pemodelan BIM'],
      dianjurkan: ['Desain berkelanjutan', 'Perhitungan RAB'],
    },
    soft: { wajib: ['Kreativitas', 'Komunikasi', 'Berpikir analitis'] },
    tools: {
      wajib: ['AutoCAD', 'SketchUp', 'Autodesk Revit'],
      umum: ['Lumion atau Enscape', 'Adobe Photoshop'],
    },
    study: ['Arsitektur'],
    career: [
      ['Arsitek Junior', '0–2 tahun', 5_500_000, 8_500_000],
      ['Arsitek', '3–6 tahun', 8_500_000, 15_000_000],
      ['Arsitek Senior / Prinsipal', '7+ tahun', 15_000_000, 35_000_000],
    ],
    insights: [
      'Pembangunan perumahan, hunian vertikal, dan bangunan hijau menjaga permintaan jasa arsitek.',
      'Surat tanda registrasi arsitek dan penguasaan BIM makin dibutuhkan untuk proyek besar.',
    ],
  }),
  defineProfession({
    id: 304,
    slug: 'desainer-ui-ux',
    name: 'Desainer UI/UX',
    sub: 'TI_PRODUK_DIGITAL',
    code: 'AI',
    about:
      'Desainer UI/UX merancang tampilan dan pengalaman pengguna aplikasi serta situs web agar mudah, nyaman, dan menyenangkan dipakai. Mereka meneliti kebutuhan pengguna, membuat wireframe dan prototipe, mendesain antarmuka visual, lalu menguji desain tersebut langsung kepada pengguna. Desainer UI/UX bekerja di perusahaan teknologi, startup, bank digital, agensi, atau sebagai freelancer.',
    personality:
      'Cocok untuk kamu yang suka desain visual sekaligus penasaran dengan cara orang berpikir dan memakai teknologi. Kamu yang empatik terhadap pengguna, analitis, dan senang bereksperimen dengan ide tampilan akan berkembang di bidang ini.',
    activities: [
      'Melakukan riset dan wawancara pengguna untuk memahami kebutuhan mereka',
      'Membuat wireframe, alur pengguna, dan prototipe aplikasi',
      'Mendesain antarmuka visual: warna, tipografi, ikon, dan komponen',
      'Menguji kegunaan desain kepada pengguna lalu memperbaikinya',
      'Bekerja sama dengan pengembang dan manajer produk',
    ],
    hard: {
      wajib: ['Desain antarmuka (UI)', 'Riset pengguna', 'Wireframing dan prototyping', 'Usability testing'],
      dianjurkan: ['Tipografi', 'Design system'],
    },
    soft: { wajib: ['Empati', 'Kreativitas', 'Berpikir analitis', 'Komunikasi'] },
    tools: { wajib: ['Figma', 'Alat uji pengguna (Maze)'], umum: ['Miro', 'Adobe Illustrator'] },
    study: ['Desain Komunikasi Visual', 'Sistem Informasi', 'Teknik Informatika'],
    career: [
      ['UI/UX Designer Junior', '0–2 tahun', 7_000_000, 11_000_000],
      ['UI/UX Designer', '2–5 tahun', 11_000_000, 20_000_000],
      ['Senior Product Designer', '5–8 tahun', 20_000_000, 35_000_000],
      ['Head of Design', '8+ tahun', 35_000_000, 60_000_000],
    ],
    insights: [
      'Perusahaan digital makin sadar bahwa pengalaman pengguna menentukan loyalitas pelanggan, sehingga peran desainer produk terus berkembang.',
      'Studi kasus yang memperlihatkan proses riset hingga hasil desain sangat dinilai oleh perekrut.',
    ],
  }),
  defineProfession({
    id: 305,
    slug: 'desainer-interior',
    name: 'Desainer Interior',
    sub: 'DESAIN_RUANG',
    code: 'AER',
    about:
      'Desainer interior merancang tata ruang dalam rumah, kantor, kafe, hotel, dan toko agar nyaman, fungsional, dan sedap dipandang. Mereka memilih furnitur, material, warna, dan pencahayaan, membuat gambar desain serta visual 3D, lalu mengawasi pengerjaannya bersama kontraktor. Desainer interior bekerja di konsultan desain, perusahaan furnitur, pengembang properti, atau membuka studio sendiri.',
    personality:
      'Cocok untuk kamu yang senang menata ruangan, peka terhadap warna dan suasana, dan suka mewujudkan impian orang lain. Orang yang kreatif, pandai meyakinkan klien, dan teliti menghitung anggaran akan berkembang sebagai desainer interior.',
    activities: [
      'Mendiskusikan kebutuhan, gaya, dan anggaran dengan klien',
      'Merancang tata letak ruang, furnitur, dan pencahayaan',
      'Membuat gambar kerja dan visual 3D interior',
      'Memilih material, warna, dan dekorasi ruangan',
      'Mengawasi pengerjaan interior oleh kontraktor dan tukang',
    ],
    hard: {
      wajib: ['Desain interior', 'Membaca gambar teknik', 'Pemodelan 3D', 'Teori warna'],
      dianjurkan: ['Perhitungan RAB'],
    },
    soft: { wajib: ['Kreativitas', 'Komunikasi', 'Negosiasi'] },
    tools: { wajib: ['SketchUp', 'AutoCAD', 'Lumion atau Enscape'], umum: ['3ds Max', 'Canva'] },
    study: ['Desain Interior', 'Arsitektur'],
    career: [
      ['Desainer Interior Junior', '0–2 tahun', 5_000_000, 7_500_000],
      ['Desainer Interior', '2–5 tahun', 7_500_000, 13_000_000],
      ['Desainer Interior Senior / Pemilik Studio', '5+ tahun', 13_000_000, 30_000_000],
    ],
    insights: [
      'Tren hunian mungil, kafe, dan ruang kerja bersama membuat jasa desain interior banyak dicari di kota besar.',
      'Visual 3D yang realistis mempercepat persetujuan klien dan menaikkan nilai jasa.',
    ],
  }),
];
