// @ts-nocheck
import type { RiasecLetterTexts } from './types.js';

/* Building blocks of the Social, Enterprising and Conventional letters (kenali's own texts). */

export const SOCIAL_TEXTS: RiasecLetterTexts = {
  letter: 'S',
  persona: 'Si Penolong',
  essence: 'kepedulian untuk membantu dan mengembangkan orang lain',
  description:
    'Profil Social menunjukkan bahwa kamu mendapat makna terbesar dari pekerjaan yang menyentuh kehidupan orang lain. Kamu peka terhadap perasaan dan kebutuhan sekitar, mudah membangun kepercayaan, dan senang melihat orang lain tumbuh berkat bantuanmu. Bagimu, keberhasilan tidak hanya diukur dari angka, tetapi juga dari dampaknya pada manusia. Bidang pendidikan, kesehatan, layanan sosial, konseling, dan pengembangan sumber daya manusia sering terasa paling pas untukmu.',
  lead: 'Kamu paling bersemangat ketika pekerjaanmu langsung membantu, mengajar, atau merawat orang lain.',
  support:
    'Sisi sosialmu membuatmu memikirkan dampak pekerjaan pada manusia, sehingga hasilnya terasa lebih bermakna.',
  accent: 'Sentuhan Social menambahkan kehangatan dan kemampuan membaca kebutuhan orang di sekitarmu.',
  fields: ['pendidikan', 'kesehatan', 'layanan sosial', 'konseling', 'pengembangan SDM'],
  strengths: [
    'Empati tinggi: kamu mampu memahami sudut pandang dan perasaan orang lain.',
    'Pendengar yang baik: orang merasa aman dan dihargai saat bercerita kepadamu.',
    'Pandai menjelaskan: kamu bisa menyesuaikan cara menyampaikan sesuatu dengan kebutuhan pendengar.',
    'Perekat tim: kamu membantu menjaga suasana kerja tetap hangat dan kompak.',
    'Sabar membimbing: kamu tidak mudah menyerah ketika seseorang butuh waktu untuk belajar.',
    'Peduli pada dampak: kamu termotivasi oleh perubahan baik yang dialami orang lain.',
  ],
  challenges: [
    'Sulit berkata tidak: keinginan membantu bisa membuatmu menerima terlalu banyak permintaan.',
    'Mudah ikut terbebani: masalah orang lain kadang terbawa hingga ke waktu istirahatmu.',
    'Menghindari konflik: kamu bisa menunda percakapan sulit demi menjaga suasana.',
    'Lelah di tengah persaingan keras: lingkungan yang saling sikut cepat menguras energimu.',
    'Lupa pada diri sendiri: fokus pada orang lain kadang membuatmu abai merawat diri.',
  ],
  strategies: [
    'Tetapkan batasan yang sehat: tentukan kapan kamu bisa membantu dan kapan perlu beristirahat.',
    'Latih komunikasi asertif: sampaikan pendapat dan penolakan dengan sopan namun tegas.',
    'Catat dampakmu: rekam perkembangan orang yang kamu bantu sebagai bukti nyata kontribusimu.',
    'Perkuat keahlian profesional: padukan kepedulian dengan kompetensi terukur seperti sertifikasi atau keterampilan konseling.',
    'Jaga kesehatan mental: cari dukungan rekan atau atasan saat menghadapi kasus yang berat.',
  ],
  work_environments: [
    'Sekolah, rumah sakit, atau lembaga layanan masyarakat: tempat kamu bertemu langsung dengan orang yang kamu bantu.',
    'Budaya kerja yang kolaboratif: tim yang saling mendukung, bukan saling bersaing.',
    'Misi organisasi yang jelas: tujuan yang berpihak pada kesejahteraan manusia.',
    'Interaksi tatap muka yang rutin: hubungan yang terbangun dari waktu ke waktu.',
    'Perhatian pada pekerja: supervisi, pelatihan, dan kepedulian pada kesejahteraan karyawan.',
  ],
  interaction_styles: [
    'Hangat dan bersahabat: kamu mudah membuat orang baru merasa diterima.',
    'Mendengarkan secara aktif: kamu memberi perhatian penuh dan menanggapi dengan empati.',
    'Mengutamakan kerja sama: kamu lebih suka meraih tujuan bersama daripada menonjol sendirian.',
    'Memberi semangat: kamu senang mengapresiasi kemajuan kecil orang lain.',
    'Diplomatis: kamu memilih kata dengan hati-hati agar tidak menyakiti perasaan.',
  ],
};

export const ENTERPRISING_TEXTS: RiasecLetterTexts = {
  letter: 'E',
  persona: 'Si Penggerak',
  essence: 'dorongan untuk memimpin, meyakinkan, dan meraih peluang',
  description:
    'Profil Enterprising menggambarkan kamu sebagai penggerak yang senang mengambil inisiatif dan memengaruhi orang lain. Kamu bersemangat ketika ada target untuk dikejar, peluang untuk direbut, atau tim yang perlu diarahkan. Kamu cenderung percaya diri berbicara, bernegosiasi, dan mengambil keputusan, bahkan saat informasi belum lengkap. Bidang bisnis, pemasaran, penjualan, manajemen, hukum, dan kewirausahaan biasanya memberi ruang bagimu untuk berkembang.',
  lead: 'Kamu paling bersemangat ketika bisa memimpin, meyakinkan orang, dan mengejar target yang menantang.',
  support:
    'Sisi penggerakmu membuat gagasan cepat berubah menjadi rencana aksi, lengkap dengan orang-orang yang mau mendukungnya.',
  accent: 'Sentuhan Enterprising menambahkan keberanian mengambil inisiatif dan memengaruhi orang lain.',
  fields: ['bisnis', 'pemasaran', 'penjualan', 'manajemen', 'hukum'],
  strengths: [
    'Persuasif: kamu mampu meyakinkan orang lain dengan argumen dan antusiasme.',
    'Berani mengambil keputusan: kamu tidak ragu bergerak ketika peluang muncul.',
    'Berjiwa pemimpin: kamu nyaman mengarahkan tim dan membagi tanggung jawab.',
    'Terpacu oleh target: angka dan tantangan justru menyalakan semangatmu.',
    'Luwes membangun relasi: kamu cepat akrab dan pandai memperluas jaringan.',
    'Jeli melihat peluang: kamu peka terhadap kebutuhan pasar dan tren yang bisa dimanfaatkan.',
  ],
  challenges: [
    'Kurang sabar pada detail: pekerjaan administratif yang rinci bisa terasa menghambat.',
    'Terlalu cepat mengambil risiko: semangat mengejar peluang kadang mendahului perhitungan.',
    'Dominan dalam diskusi: keinginan memimpin bisa membuat suara orang lain tenggelam.',
    'Mudah bosan tanpa tantangan: pekerjaan yang stabil dan monoton cepat menurunkan motivasimu.',
    'Mengukur diri dari hasil: target yang meleset bisa terasa sangat berat.',
  ],
  strategies: [
    'Bermitra dengan perencana yang teliti: rekan yang rapi dan analitis dapat melengkapi kecepatanmu.',
    'Latih mendengarkan: beri ruang orang lain bicara lebih dulu sebelum kamu menyampaikan arahan.',
    'Hitung risiko secara tertulis: buat skenario terbaik dan terburuk sebelum keputusan besar.',
    'Kembangkan kecakapan finansial: pahami laporan keuangan dasar agar keputusan bisnismu lebih matang.',
    'Cari mentor bisnis: belajar dari orang yang sudah menempuh jalur serupa mempercepat perkembanganmu.',
  ],
  work_environments: [
    'Perusahaan yang dinamis atau usaha rintisan: ritme cepat dengan peluang untuk naik jabatan.',
    'Target dan insentif yang jelas: prestasi dihargai dengan bonus, komisi, atau promosi.',
    'Kesempatan memimpin: ruang untuk mengelola proyek, tim, atau klien sendiri.',
    'Banyak bertemu orang: klien, mitra, dan jaringan bisnis yang beragam.',
    'Kebebasan mengambil keputusan: atasan yang memberi kepercayaan, bukan pengawasan berlebihan.',
  ],
  interaction_styles: [
    'Percaya diri dan meyakinkan: kamu nyaman berbicara di depan banyak orang.',
    'Mengarahkan percakapan: kamu cenderung mengambil peran memimpin dalam rapat atau diskusi.',
    'Mencari kesepakatan: kamu berusaha menemukan titik temu yang menguntungkan semua pihak.',
    'Energik: antusiasmemu sering menular kepada tim.',
    'Terus terang soal tujuan: kamu menyampaikan apa yang ingin dicapai dengan jelas.',
  ],
};

export const CONVENTIONAL_TEXTS: RiasecLetterTexts = {
  letter: 'C',
  persona: 'Si Pengatur',
  essence: 'keteraturan, ketelitian, dan pengelolaan data',
  description:
    'Profil Conventional menunjukkan bahwa kamu unggul dalam menciptakan keteraturan. Kamu nyaman bekerja dengan data, angka, dokumen, dan prosedur yang jelas, serta merasa puas ketika segala sesuatu tercatat rapi dan tepat. Orang lain sering mengandalkanmu untuk memastikan tidak ada detail yang terlewat. Bidang akuntansi, keuangan, administrasi, perbankan, logistik, dan pengendalian mutu biasanya sangat cocok dengan caramu bekerja.',
  lead: 'Kamu paling bersemangat ketika bisa menata data, dokumen, dan proses agar berjalan rapi dan akurat.',
  support: 'Sisi terorganisasimu memastikan setiap rencana tercatat, terukur, dan berjalan sesuai prosedur.',
  accent: 'Sentuhan Conventional menambahkan ketelitian dan kebiasaan bekerja dengan sistem yang rapi.',
  fields: ['akuntansi', 'keuangan', 'administrasi', 'perbankan', 'logistik'],
  strengths: [
    'Teliti dan akurat: kamu jarang melewatkan angka atau detail yang keliru.',
    'Terorganisasi: kamu pandai menyusun jadwal, berkas, dan data agar mudah ditemukan.',
    'Konsisten: mutu kerjamu stabil dari hari ke hari.',
    'Paham pentingnya standar: kamu menghormati aturan, regulasi, dan prosedur yang berlaku.',
    'Andal memegang tanggung jawab: tugas yang diberikan kepadamu selesai sesuai tenggat.',
    'Cakap mengolah data: kamu nyaman dengan spreadsheet, tabel, dan sistem informasi.',
  ],
  challenges: [
    'Canggung saat rencana berubah tiba-tiba: pergantian arah tanpa penjelasan bisa membuatmu cemas.',
    'Terlalu berhati-hati: keinginan untuk selalu benar bisa memperlambat keputusan.',
    'Berat mendelegasikan: kamu khawatir orang lain tidak serapi dirimu.',
    'Kontribusi yang tak terlihat: kerja di balik layar sering luput dari perhatian atasan.',
    'Bingung menghadapi pengecualian: situasi di luar prosedur bisa terasa membingungkan.',
  ],
  strategies: [
    'Kuasai perangkat digital: kemahiran spreadsheet, perangkat lunak akuntansi, atau sistem ERP menaikkan nilaimu.',
    'Latih fleksibilitas: sesekali cobalah memperbaiki prosedur, bukan hanya menjalankannya.',
    'Tunjukkan dampak kerjamu: laporkan waktu yang berhasil dihemat atau kesalahan yang berhasil dicegah.',
    'Ambil sertifikasi profesi: misalnya brevet pajak, sertifikasi akuntansi, atau manajemen logistik.',
    'Belajar mengotomatiskan: pelajari makro, rumus lanjutan, atau alat otomasi untuk pekerjaan berulang.',
  ],
  work_environments: [
    'Kantor dengan sistem yang tertata: prosedur, peran, dan alur kerja yang jelas.',
    'Lembaga keuangan, instansi pemerintah, atau korporasi: organisasi yang menghargai akurasi dan kepatuhan.',
    'Tugas terstruktur: pekerjaan dengan tahapan dan standar mutu yang terdefinisi.',
    'Jenjang karier yang jelas: kamu tahu apa yang dibutuhkan untuk naik tingkat.',
    'Alat kerja yang memadai: perangkat lunak dan data yang andal untuk mendukung ketelitianmu.',
  ],
  interaction_styles: [
    'Sopan dan profesional: kamu menjaga komunikasi tetap tertib dan formal.',
    'Jelas secara tertulis: kamu senang menuangkan kesepakatan dalam catatan atau surel.',
    'Menjaga kerahasiaan: data dan informasi sensitif aman di tanganmu.',
    'Menyukai peran yang jelas: kamu nyaman ketika tahu siapa mengerjakan apa.',
    'Penopang dari balik layar: kamu membantu tim dengan memastikan urusan administratif beres.',
  ],
};
