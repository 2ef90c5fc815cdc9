// @ts-nocheck
import { RIASEC_LETTERS, type RiasecLetter } from '@kenali/domain';
import type { LikertScaleSeed, RiasecQuestionSeed } from './types.js';

/*
 * kenali's own RIASEC item bank: 72 everyday activities (12 per type) that a 16–30-year-old can rate on
 * "how much would you like doing this". Written fresh for kenali; ids and codes follow upstream §1.5 / §3.1.
 */

export const LIKERT_SCALE: LikertScaleSeed = {
  min: 1,
  max: 5,
  prompt: 'Seberapa suka kamu melakukan kegiatan berikut?',
  options: [
    { value: 1, label: 'Sangat Tidak Suka' },
    { value: 2, label: 'Tidak Suka' },
    { value: 3, label: 'Biasa Saja' },
    { value: 4, label: 'Suka' },
    { value: 5, label: 'Sangat Suka' },
  ],
};

const ITEMS: Readonly<Record<RiasecLetter, readonly string[]>> = {
  R: [
    'Memperbaiki sepeda motor atau sepeda yang mogok',
    'Merakit rak, meja, atau perabot dari potongan kayu',
    'Memasang lampu, saklar, dan stopkontak di rumah',
    'Mengemudikan mesin atau kendaraan besar di lokasi proyek',
    'Bercocok tanam, merawat kebun, atau mengurus hewan ternak',
    'Membongkar perangkat elektronik untuk mencari bagian yang rusak',
    'Bekerja di luar ruangan dengan banyak aktivitas fisik',
    'Mengelas, memotong, atau membentuk logam di bengkel',
    'Memasak dalam jumlah besar di dapur yang sibuk',
    'Merakit komputer dan memasang kabel jaringan',
    'Membuat purwarupa alat sederhana dengan perkakas tangan',
    'Merawat dan menyetel mesin agar kembali bekerja lancar',
  ],
  I: [
    'Menyelidiki penyebab suatu masalah sampai ketemu jawabannya',
    'Melakukan percobaan di laboratorium dan mencatat hasilnya',
    'Mengerjakan soal matematika atau teka-teki logika yang rumit',
    'Membaca artikel sains tentang penemuan-penemuan baru',
    'Mengolah kumpulan data untuk menemukan pola tersembunyi',
    'Mempelajari cara kerja tubuh manusia dan penyebab penyakit',
    'Menulis program komputer untuk memecahkan sebuah persoalan',
    'Mengamati bintang, cuaca, atau gejala alam lalu mencari penjelasannya',
    'Menguji sebuah dugaan dengan mengumpulkan bukti',
    'Meneliti kandungan zat dalam makanan, obat, atau bahan kimia',
    'Berdiskusi tentang ide ilmiah dan teknologi masa depan',
    'Menelusuri berbagai sumber untuk memastikan suatu klaim benar',
  ],
  A: [
    'Menggambar, melukis, atau membuat ilustrasi',
    'Mendesain poster, logo, atau tampilan unggahan media sosial',
    'Menulis cerita pendek, puisi, atau naskah',
    'Bermain musik, bernyanyi, atau menciptakan lagu',
    'Memotret lalu menyunting foto atau video',
    'Berakting atau tampil di atas panggung',
    'Menata ulang kamar atau ruangan agar terlihat lebih estetik',
    'Merancang pakaian atau memadupadankan busana',
    'Membuat animasi atau karakter digital',
    'Mencari konsep kreatif untuk kampanye atau acara',
    'Membuat kerajinan tangan unik dari bahan sederhana',
    'Mengungkapkan perasaan dan gagasan lewat karya seni',
  ],
  S: [
    'Mengajari teman yang kesulitan memahami pelajaran',
    'Mendengarkan curhat orang lain dan membantu mencari jalan keluar',
    'Merawat orang sakit, lansia, atau anak kecil',
    'Menjadi relawan dalam kegiatan sosial di masyarakat',
    'Membimbing adik kelas atau anggota baru di organisasi',
    'Menjelaskan informasi kesehatan kepada orang lain',
    'Memandu kegiatan kelompok supaya semua orang ikut terlibat',
    'Membantu orang lain menemukan bakat dan minatnya',
    'Melatih seseorang berolahraga atau menjaga kebugaran',
    'Menengahi teman-teman yang sedang berselisih',
    'Melayani orang lain dengan ramah dan sabar',
    'Menyusun kegiatan belajar yang menyenangkan untuk anak-anak',
  ],
  E: [
    'Memimpin tim untuk mencapai target bersama',
    'Meyakinkan orang lain agar mendukung idemu',
    'Menjual produk atau jasa, baik langsung maupun daring',
    'Merintis usaha sendiri dan mengembangkannya',
    'Bernegosiasi untuk mendapatkan kesepakatan terbaik',
    'Berbicara di depan umum atau memandu sebuah acara',
    'Mengambil keputusan penting saat situasi mendesak',
    'Merencanakan strategi promosi untuk sebuah merek',
    'Mengelola modal dan keuntungan sebuah usaha kecil',
    'Membangun relasi dengan banyak orang baru',
    'Membela suatu pihak dalam perdebatan atau perundingan',
    'Mencari peluang bisnis dari tren yang sedang naik',
  ],
  C: [
    'Menyusun data ke dalam tabel atau spreadsheet yang rapi',
    'Mencatat pemasukan dan pengeluaran secara teratur',
    'Memeriksa dokumen untuk menemukan kesalahan kecil',
    'Mengarsipkan berkas supaya mudah dicari kembali',
    'Mengikuti prosedur kerja yang jelas langkah demi langkah',
    'Membuat jadwal dan daftar tugas yang terperinci',
    'Menghitung stok barang dan mencocokkannya dengan catatan',
    'Mengisi formulir dan laporan administrasi dengan teliti',
    'Mengolah angka untuk menyusun laporan keuangan',
    'Mengurus surat-menyurat dan korespondensi kantor',
    'Memastikan setiap pekerjaan sesuai aturan dan standar',
    'Memasukkan data ke sistem komputer dengan cepat dan akurat',
  ],
};

/** The 72 items in id order. */
export const RIASEC_QUESTIONS: readonly RiasecQuestionSeed[] = RIASEC_LETTERS.flatMap((type, typeIndex) =>
  ITEMS[type].map((text, i): RiasecQuestionSeed => ({
    id: typeIndex * 12 + i + 1,
    type,
    code: `${type}${i + 1}`,
    text,
  })),
);
