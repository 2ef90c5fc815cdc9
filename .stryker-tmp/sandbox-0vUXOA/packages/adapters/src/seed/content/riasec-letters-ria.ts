// @ts-nocheck
import type { RiasecLetterTexts } from './types.js';

/* Building blocks of the Realistic, Investigative and Artistic letters (kenali's own texts). */

export const REALISTIC_TEXTS: RiasecLetterTexts = {
  letter: 'R',
  persona: 'Si Pelaksana',
  essence: 'kerja nyata dengan tangan, alat, dan mesin',
  description:
    'Profil Realistic menggambarkan kamu sebagai orang yang paling bersemangat ketika hasil kerjamu bisa dilihat dan disentuh: mesin yang kembali menyala, bangunan yang berdiri kokoh, atau tanaman yang tumbuh subur. Kamu lebih percaya pada praktik daripada teori panjang, dan biasanya paling cepat paham dengan mencoba sendiri. Alat, bahan, dan kegiatan fisik bukan beban bagimu, justru sumber kepuasan. Bidang teknik, konstruksi, otomotif, pertanian, dan operasional lapangan umumnya memberi ruang yang pas untuk gaya kerjamu.',
  lead: 'Kamu paling hidup saat mengerjakan sesuatu yang hasilnya bisa dipegang dan diuji secara langsung.',
  support:
    'Sisi praktismu memastikan gagasan tidak berhenti di atas kertas, karena kamu senang turun tangan mewujudkannya.',
  accent: 'Sentuhan Realistic menambahkan kesukaan pada kerja langsung dengan alat dan benda nyata.',
  fields: ['teknik', 'konstruksi', 'otomotif', 'pertanian', 'operasional lapangan'],
  strengths: [
    'Tangan terampil: kamu cepat menguasai cara memakai alat, mesin, dan perlengkapan kerja.',
    'Berorientasi hasil nyata: kamu puas ketika pekerjaan tuntas dan hasilnya bisa diuji langsung.',
    'Sigap menghadapi kerusakan: saat sesuatu macet, kamu terdorong mencari sumbernya lalu membetulkannya.',
    'Belajar lewat praktik: mencoba langsung membuatmu paham lebih cepat daripada membaca teori panjang.',
    'Tahan banting di lapangan: kerja fisik, cuaca panas, atau lokasi yang jauh tidak mudah menyurutkan semangatmu.',
    'Menjunjung keselamatan: kamu menghargai cara kerja yang aman bagi diri sendiri dan tim.',
  ],
  challenges: [
    'Bosan dengan rapat panjang: diskusi yang berputar-putar tanpa keputusan bisa menguras kesabaranmu.',
    'Enggan menonjolkan diri: kamu sering membiarkan hasil kerja berbicara sehingga kontribusimu kurang terlihat.',
    'Jarak dengan teori: konsep yang abstrak terasa jauh bila gunanya tidak langsung tampak.',
    'Penjelasan yang terlalu singkat: uraianmu kadang terlalu teknis atau terlalu ringkas bagi orang awam.',
    'Berat meninggalkan cara lama: metode yang sudah terbukti terasa lebih aman daripada mencoba pendekatan baru.',
  ],
  strategies: [
    'Tunjukkan prosesmu: simpan foto sebelum dan sesudah serta catatan singkat agar hasil kerjamu mudah dihargai.',
    'Ambil sertifikasi keahlian: sertifikat kompetensi resmi memperkuat posisi tawarmu di dunia kerja.',
    'Latih penjelasan sederhana: biasakan menerangkan masalah teknis dengan perumpamaan sehari-hari.',
    'Pelajari teknologi baru sedikit demi sedikit: ikuti pelatihan singkat tentang alat atau sistem digital di bidangmu.',
    'Jaga kondisi tubuh: pekerjaan praktis menuntut stamina, jadi istirahat dan olahraga teratur adalah investasi.',
  ],
  work_environments: [
    'Bengkel, pabrik, atau lokasi proyek: tempat dengan peralatan lengkap dan pekerjaan yang bisa langsung digarap.',
    'Tugas dengan target jelas: kamu nyaman bila ukuran keberhasilan dan tenggat waktunya terang.',
    'Kerja lapangan dan luar ruangan: lokasi yang berganti-ganti membuatmu tetap bersemangat.',
    'Tim kecil yang solid: rekan kerja yang saling mengandalkan tanpa banyak birokrasi.',
    'Budaya kerja yang aman: aturan keselamatan dijalankan dengan sungguh-sungguh, bukan sekadar formalitas.',
  ],
  interaction_styles: [
    'Lugas dan langsung ke inti: kamu lebih suka instruksi yang jelas daripada basa-basi.',
    'Menunjukkan lewat contoh: kamu cenderung memperagakan caranya daripada menjelaskan panjang lebar.',
    'Akrab lewat pekerjaan: hubunganmu dengan rekan tumbuh dari tugas yang dikerjakan bersama.',
    'Mengamati sebelum bicara: kamu membaca situasi dulu sebelum ikut menyampaikan pendapat.',
    'Menghargai orang yang bisa diandalkan: kepercayaanmu tumbuh pada rekan yang menepati janji.',
  ],
};

export const INVESTIGATIVE_TEXTS: RiasecLetterTexts = {
  letter: 'I',
  persona: 'Si Pemikir',
  essence: 'rasa ingin tahu dan analisis yang mendalam',
  description:
    'Profil Investigative menunjukkan bahwa kamu digerakkan oleh pertanyaan "mengapa" dan "bagaimana". Kamu menikmati proses menggali informasi, menguji dugaan, dan merangkai penjelasan yang masuk akal dari data atau pengamatan. Persoalan rumit bagimu bukan hal yang menakutkan, melainkan teka-teki yang seru untuk dipecahkan. Bidang sains, kesehatan, teknologi informasi, riset, dan analisis data sering memberi tantangan intelektual yang kamu cari.',
  lead: 'Kamu paling bersemangat ketika diberi persoalan rumit yang menuntut penyelidikan dan pemikiran mendalam.',
  support:
    'Sisi analitismu membuatmu tidak puas dengan jawaban dangkal; kamu mencari data dan alasan di balik setiap keputusan.',
  accent:
    'Sentuhan Investigative menambahkan rasa ingin tahu dan kebiasaan memeriksa fakta sebelum bertindak.',
  fields: ['sains', 'kesehatan', 'teknologi informasi', 'riset', 'analisis data'],
  strengths: [
    'Pemikir analitis: kamu mampu memecah persoalan besar menjadi bagian kecil yang bisa diperiksa satu per satu.',
    'Haus pengetahuan: kamu senang mempelajari hal baru secara mandiri, bahkan tanpa disuruh.',
    'Berpegang pada bukti: kamu terbiasa menimbang data sebelum menarik kesimpulan.',
    'Peka terhadap kejanggalan: detail yang tidak konsisten cepat tertangkap olehmu.',
    'Tekun menghadapi soal sulit: kamu sanggup berkonsentrasi lama pada satu persoalan.',
    'Terbuka pada ide baru: kamu bersedia mengubah pendapat bila buktinya kuat.',
  ],
  challenges: [
    'Terjebak analisis berlebihan: keinginan mengumpulkan data selengkap mungkin bisa memperlambat keputusan.',
    'Skeptis pada aturan tanpa alasan: kebijakan yang tidak logis mudah membuatmu enggan mengikutinya.',
    'Terkesan berjarak: saat tenggelam dalam pikiran, kamu bisa tampak kurang peduli pada suasana sekitar.',
    'Sulit menyederhanakan: uraianmu kadang terlalu rinci bagi pendengar yang hanya butuh intinya.',
    'Menunggu jawaban sempurna: kamu bisa ragu membagikan hasil yang menurutmu belum rampung.',
  ],
  strategies: [
    'Tetapkan batas waktu riset: tentukan kapan data dianggap cukup agar keputusan tetap berjalan.',
    'Latih ringkasan satu halaman: sampaikan temuanmu dalam tiga poin utama sebelum masuk ke detail.',
    'Bangun portofolio analisis: dokumentasikan proyek penelitian atau olah data yang pernah kamu kerjakan.',
    'Cari mentor atau komunitas ilmiah: diskusi dengan orang sebidang mempertajam cara berpikirmu.',
    'Libatkan orang lain sejak awal: ajak tim berdiskusi lebih dini agar idemu lebih mudah diterima.',
  ],
  work_environments: [
    'Laboratorium, pusat riset, atau tim data: tempat yang menghargai ketelitian dan argumen berbasis bukti.',
    'Ruang untuk fokus: waktu tenang tanpa banyak gangguan untuk berpikir mendalam.',
    'Kebebasan memilih metode: kamu diberi kepercayaan menentukan cara memecahkan masalah.',
    'Budaya belajar: akses ke literatur, pelatihan, dan teknologi terbaru.',
    'Persoalan yang terus berganti: proyek yang menantang kemampuan analisismu dari waktu ke waktu.',
  ],
  interaction_styles: [
    'Diskusi berbasis data: kamu lebih mudah diyakinkan oleh bukti daripada oleh perasaan.',
    'Bertanya untuk memahami: kamu sering mengajukan pertanyaan lanjutan untuk menggali pokok masalah.',
    'Nyaman bekerja mandiri: kamu tidak keberatan menggarap bagian yang rumit sendirian.',
    'Menghargai debat yang sehat: perbedaan pendapat kamu anggap sebagai cara menguji ide.',
    'Berbagi pengetahuan secara mendalam: kamu senang menjelaskan topik yang kamu kuasai kepada yang sungguh tertarik.',
  ],
};

export const ARTISTIC_TEXTS: RiasecLetterTexts = {
  letter: 'A',
  persona: 'Si Pencipta',
  essence: 'imajinasi dan ekspresi kreatif',
  description:
    'Profil Artistic menandakan bahwa kamu membutuhkan ruang untuk berekspresi dan menciptakan sesuatu yang baru. Kamu peka terhadap keindahan, warna, bentuk, kata, atau bunyi, dan senang mengolahnya menjadi karya yang bermakna. Aturan yang terlalu kaku bisa terasa mengekang, sementara kebebasan bereksperimen membuatmu berkembang. Bidang desain, seni rupa, media, penulisan, musik, dan industri kreatif biasanya memberi panggung yang tepat untuk bakatmu.',
  lead: 'Kamu paling bersemangat ketika punya kebebasan untuk mencipta dan menuangkan gagasan orisinal.',
  support:
    'Sisi kreatifmu memberi warna berbeda: kamu sering menemukan cara yang tidak biasa untuk menuntaskan pekerjaan.',
  accent: 'Sentuhan Artistic menambahkan kepekaan estetika dan keinginan agar hasil kerja tampil menarik.',
  fields: ['desain', 'seni', 'media', 'penulisan', 'industri kreatif'],
  strengths: [
    'Imajinatif: kamu mudah memunculkan ide segar dan sudut pandang yang belum terpikirkan orang lain.',
    'Peka estetika: kamu cepat merasakan apakah warna, komposisi, atau susunan kata sudah pas.',
    'Ekspresif: kamu mampu menyampaikan perasaan dan pesan melalui karya.',
    'Berani bereksperimen: kamu tidak takut mencoba gaya, teknik, atau medium baru.',
    'Pencerita yang kuat: kamu tahu cara membuat pesan terasa hidup dan mudah diingat.',
    'Nyaman dengan ketidakpastian: kamu sanggup membawa ide yang masih samar hingga menjadi bentuk utuh.',
  ],
  challenges: [
    'Sensitif terhadap kritik: masukan atas karya bisa terasa personal bila disampaikan kurang tepat.',
    'Cepat jenuh dengan rutinitas: pekerjaan berulang dan administratif mudah menguras semangatmu.',
    'Menunggu inspirasi: mengandalkan suasana hati kadang membuat tenggat terasa mepet.',
    'Ragu menghargai karya sendiri: kamu bisa kurang percaya diri saat menentukan tarif atau bernegosiasi.',
    'Idealisme tinggi: keinginan agar karya sempurna dapat berbenturan dengan kebutuhan klien.',
  ],
  strategies: [
    'Bangun portofolio yang terkurasi: tampilkan karya terbaikmu secara rapi di platform daring.',
    'Buat ritme kerja kreatif: jadwalkan waktu berkarya agar tidak hanya bergantung pada suasana hati.',
    'Pisahkan diri dari karya: anggap kritik sebagai bahan perbaikan karya, bukan penilaian atas dirimu.',
    'Pelajari sisi bisnis: pahami cara menghitung tarif, membuat kontrak, dan melindungi hak cipta.',
    'Berkolaborasi lintas bidang: bekerja dengan penulis, pengembang, atau pemasar memperluas dampak karyamu.',
  ],
  work_environments: [
    'Studio, agensi, atau tim kreatif: tempat yang menghargai gagasan orisinal.',
    'Waktu dan tempat yang fleksibel: ruang untuk bekerja sesuai ritme kreatifmu.',
    'Proyek yang beragam: setiap tugas membawa tantangan visual atau cerita yang berbeda.',
    'Masukan yang membangun: atasan dan rekan yang memberi kritik dengan jelas dan hormat.',
    'Suasana yang inspiratif: lingkungan kerja yang enak dipandang dan terbuka pada eksperimen.',
  ],
  interaction_styles: [
    'Berbagi lewat karya: kamu sering lebih mudah menyampaikan ide dengan sketsa, contoh, atau cerita.',
    'Menghargai keunikan orang lain: kamu terbuka pada latar belakang dan cara pandang yang berbeda.',
    'Curah gagasan yang bebas: kamu menikmati diskusi ide tanpa penilaian yang terburu-buru.',
    'Butuh ruang pribadi: kamu perlu waktu sendiri untuk mengolah gagasan sebelum membagikannya.',
    'Ekspresif dalam bercerita: gaya bicaramu cenderung hidup dan penuh gambaran.',
  ],
};
