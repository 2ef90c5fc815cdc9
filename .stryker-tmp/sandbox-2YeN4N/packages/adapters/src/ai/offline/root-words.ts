/*
 * A small root lexicon for the stemmer (kenali's own, no third-party dictionary). Nazief–Adriani checks every
 * intermediate form against a full dictionary; without one, affix stripping is ambiguous: "mengelola" may be
 * meng+elola or meng+kelola, "perawat" per+awat or pe+rawat, "masakan" masak+an or masa+kan. The stemmer returns
 * the first candidate found here and otherwise follows its default rules. The list favours roots of career texts
 * and roots that look like they carry an affix ("jalan", "sekolah", "makan"). A few derived words are kept whole on
 * purpose because their meaning drifted from the root: "keuangan" (finance) is not "uang" (cash).
 */
// @ts-nocheck

const ROOTS = `
ajar ajak akses alami amat ambil analisis anak angkat antar arah atur awas aman acara
bahan badan baca bangun bantu baik beri bersih bina bisnis biaya bidan bentuk buat buku bagi
cari catat cek cetak cerita cipta
daya dampak damping data dengar desain didik digital dokter dukung dorong dapur darah dagang
edit ekonomi evaluasi
gambar gaji gerak gigi gizi guna
hasil hias hitung hubung hukum hutan hewan
ikan ikut ingat isi
jaga jalan jaring jasa jelas jual
kaji kamera kantor karya kebun kelola kembang kemas kenal kendali kendara kerja ketik kira kirim kode koding
kreatif kuasa kuliner kumpul kunjung kutip keluarga keras keuangan
langgan latih layan lihat lindung lukis lapor luka
main makan makna manfaat masak masalah masyarakat medis mesin milik minta minum mobil mohon motor mulai musik
nasihat nikmat nilai nyaman nyanyi nyata
obat olah olahraga orang
pakai pandu pantau pasang pasar pasien percaya periksa pesan pilih pimpin potong potret praktik program proses
pukul paham pelihara peran penting
rakit ramah ramal rancang rangkum rapat rawat rekam renang rencana resep rias ringkas rumah rusak ruang
rasa sampai sapa sehat sedia sekolah selesai seni siap sikap simpan sunting susun suka sakit
tanam tanya tari tata tawar taman teman tekan teliti temu tentu terima timbang tolong tugas tulis tunjuk tutup tani
uang ubah uji ukur urus usaha
warna wawancara wisata
`;

export const ROOT_WORDS: ReadonlySet<string> = new Set(ROOTS.split(/\s+/).filter((word) => word.length > 0));

/**
 * Loan-word agent nouns mapped to the word of their field, so that "desain" reaches "Desainer Grafis" and
 * "akuntansi" reaches "Akuntan". Checked before any affix rule.
 */
export const LOAN_LEMMAS: Readonly<Record<string, string>> = {
  desainer: 'desain',
  ilustrator: 'ilustrasi',
  animator: 'animasi',
  fotografer: 'fotografi',
  videografer: 'video',
  programmer: 'program',
  pemrogram: 'program',
  editor: 'edit',
  auditor: 'audit',
  akuntan: 'akuntansi',
  arsitek: 'arsitektur',
  psikolog: 'psikologi',
  geolog: 'geologi',
  biolog: 'biologi',
  jurnalis: 'jurnalistik',
  konselor: 'konseling',
  fisioterapis: 'fisioterapi',
  terapis: 'terapi',
  analis: 'analisis',
  mekanik: 'mesin',
  teknisi: 'teknik',
};
