// @ts-nocheck
import type { MainCategoryCode } from './profession-categories.js';
import type { ProfessionSubCategorySeed } from './types.js';

/* `profession_sub_categories` of the demo catalogue (upstream §1.17); each names its main category by code. */

const sub = <M extends MainCategoryCode, C extends string>(
  main_category_code: M,
  code: C,
  name: string,
  description: string,
) => ({ code, main_category_code, name, description }) as const;

export const PROFESSION_SUB_CATEGORIES = [
  sub(
    'TEKNIK',
    'TEKNIK_ELEKTRO',
    'Teknik Elektro dan Kelistrikan',
    'Instalasi, perawatan, dan perancangan sistem listrik.',
  ),
  sub('TEKNIK', 'TEKNIK_OTOMOTIF', 'Otomotif', 'Perawatan dan perbaikan kendaraan bermotor.'),
  sub(
    'TEKNIK',
    'TEKNIK_SIPIL',
    'Teknik Sipil dan Konstruksi',
    'Perancangan dan pembangunan gedung serta infrastruktur.',
  ),
  sub(
    'TEKNIK',
    'TEKNIK_MESIN',
    'Teknik Mesin',
    'Perancangan, pengujian, dan perawatan mesin serta peralatan mekanis.',
  ),
  sub('TEKNIK', 'TEKNIK_GEOMATIKA', 'Geomatika dan Survei', 'Pengukuran dan pemetaan lahan serta ruang.'),
  sub(
    'TEKNIK',
    'TEKNIK_INDUSTRI',
    'Teknik Industri dan Mutu',
    'Pengendalian mutu dan perbaikan proses produksi.',
  ),
  sub('TEKNIK', 'ARSITEKTUR', 'Arsitektur', 'Perancangan bangunan dan kawasan.'),
  sub(
    'TEKNOLOGI_INFORMASI',
    'TI_PENGEMBANGAN',
    'Pengembangan Perangkat Lunak',
    'Pembuatan aplikasi web, mobile, dan sistem.',
  ),
  sub('TEKNOLOGI_INFORMASI', 'TI_DATA', 'Data dan Analitik', 'Pengolahan dan analisis data untuk keputusan.'),
  sub(
    'TEKNOLOGI_INFORMASI',
    'TI_INFRASTRUKTUR',
    'Infrastruktur dan Jaringan',
    'Jaringan komputer, server, dan konektivitas.',
  ),
  sub('TEKNOLOGI_INFORMASI', 'TI_KEAMANAN', 'Keamanan Siber', 'Perlindungan sistem dan data dari serangan.'),
  sub(
    'TEKNOLOGI_INFORMASI',
    'TI_PRODUK_DIGITAL',
    'Produk Digital dan UX',
    'Perancangan dan pengelolaan produk digital.',
  ),
  sub('KESEHATAN', 'KESEHATAN_MEDIS', 'Layanan Medis', 'Pemeriksaan, diagnosis, dan pengobatan pasien.'),
  sub('KESEHATAN', 'KESEHATAN_KEPERAWATAN', 'Keperawatan dan Kebidanan', 'Asuhan pasien, ibu, dan bayi.'),
  sub(
    'KESEHATAN',
    'KESEHATAN_PENUNJANG',
    'Penunjang Medis',
    'Laboratorium, rekam medis, dan layanan pendukung.',
  ),
  sub('KESEHATAN', 'KESEHATAN_GIZI', 'Gizi dan Kesehatan Masyarakat', 'Pola makan sehat dan program gizi.'),
  sub('KESEHATAN', 'KESEHATAN_REHABILITASI', 'Rehabilitasi dan Terapi', 'Pemulihan gerak dan fungsi tubuh.'),
  sub('KESEHATAN', 'OLAHRAGA_KEBUGARAN', 'Olahraga dan Kebugaran', 'Latihan fisik dan gaya hidup aktif.'),
  sub('SAINS', 'SAINS_HAYATI', 'Ilmu Hayati', 'Penelitian makhluk hidup dan bioteknologi.'),
  sub('SAINS', 'SAINS_KEBUMIAN', 'Ilmu Kebumian', 'Penelitian batuan, tanah, dan proses bumi.'),
  sub(
    'SENI_DESAIN',
    'DESAIN_VISUAL',
    'Desain Visual dan Ilustrasi',
    'Desain grafis, ilustrasi, dan identitas visual.',
  ),
  sub('SENI_DESAIN', 'DESAIN_RUANG', 'Desain Interior', 'Penataan ruang dalam yang nyaman dan estetik.'),
  sub(
    'SENI_DESAIN',
    'MEDIA_KONTEN',
    'Media, Jurnalistik, dan Konten',
    'Penulisan, pemberitaan, dan konten digital.',
  ),
  sub(
    'SENI_DESAIN',
    'FOTOGRAFI_VIDEO',
    'Fotografi dan Videografi',
    'Pengambilan dan penyuntingan gambar serta video.',
  ),
  sub('SENI_DESAIN', 'ANIMASI', 'Animasi dan Gim', 'Gambar bergerak untuk film, iklan, dan gim.'),
  sub(
    'PENDIDIKAN',
    'PENDIDIKAN_SEKOLAH',
    'Pendidikan Sekolah',
    'Pengajaran dan bimbingan di sekolah dasar dan menengah.',
  ),
  sub(
    'PENDIDIKAN',
    'PENDIDIKAN_TINGGI',
    'Pendidikan Tinggi',
    'Pengajaran dan penelitian di perguruan tinggi.',
  ),
  sub(
    'PENDIDIKAN',
    'PENDIDIKAN_KURSUS',
    'Kursus dan Pelatihan',
    'Pendidikan nonformal, kursus, dan les privat.',
  ),
  sub('LAYANAN_SOSIAL', 'PSIKOLOGI', 'Psikologi', 'Asesmen, konseling, dan intervensi psikologis.'),
  sub(
    'LAYANAN_SOSIAL',
    'PEKERJAAN_SOSIAL',
    'Pekerjaan Sosial',
    'Pendampingan kelompok rentan dan kesejahteraan sosial.',
  ),
  sub(
    'BISNIS',
    'BISNIS_PEMASARAN',
    'Pemasaran dan Komunikasi',
    'Strategi merek, promosi, dan hubungan masyarakat.',
  ),
  sub('BISNIS', 'BISNIS_PENJUALAN', 'Penjualan', 'Penjualan produk, jasa, dan properti.'),
  sub(
    'BISNIS',
    'BISNIS_MANAJEMEN',
    'Manajemen dan Kewirausahaan',
    'Kepemimpinan usaha, proyek, dan operasional.',
  ),
  sub('BISNIS', 'BISNIS_SDM', 'Sumber Daya Manusia', 'Rekrutmen, pengembangan, dan pengelolaan karyawan.'),
  sub(
    'KEUANGAN',
    'KEUANGAN_AKUNTANSI',
    'Akuntansi, Audit, dan Pajak',
    'Pencatatan, pemeriksaan, dan pelaporan keuangan.',
  ),
  sub('KEUANGAN', 'KEUANGAN_PERBANKAN', 'Perbankan', 'Layanan dan operasional bank.'),
  sub(
    'KEUANGAN',
    'KEUANGAN_ANALISIS',
    'Analisis Keuangan dan Risiko',
    'Analisis investasi, asuransi, dan risiko keuangan.',
  ),
  sub('HUKUM', 'HUKUM_PRAKTIK', 'Praktik Hukum', 'Advokasi, konsultasi hukum, dan litigasi.'),
  sub(
    'ADMINISTRASI',
    'ADMINISTRASI_KANTOR',
    'Administrasi Perkantoran',
    'Surat-menyurat, arsip, dan data kantor.',
  ),
  sub(
    'ADMINISTRASI',
    'ADMINISTRASI_LAYANAN',
    'Layanan Pelanggan',
    'Penanganan pertanyaan dan keluhan pelanggan.',
  ),
  sub(
    'ADMINISTRASI',
    'ADMINISTRASI_PERPUSTAKAAN',
    'Perpustakaan dan Kearsipan',
    'Pengelolaan koleksi dan informasi.',
  ),
  sub('PARIWISATA', 'KULINER', 'Kuliner dan Restoran', 'Dapur, tata boga, dan pengelolaan restoran.'),
  sub(
    'PARIWISATA',
    'PARIWISATA_PERJALANAN',
    'Perjalanan Wisata',
    'Pemanduan dan pengelolaan perjalanan wisata.',
  ),
  sub('PARIWISATA', 'PARIWISATA_ACARA', 'Penyelenggaraan Acara', 'Perencanaan dan pelaksanaan acara.'),
  sub('PERTANIAN', 'PERTANIAN_TANAMAN', 'Budidaya Tanaman', 'Hortikultura, tanaman pangan, dan agribisnis.'),
  sub('TRANSPORTASI', 'TRANSPORTASI_UDARA', 'Transportasi Udara', 'Penerbangan penumpang dan kargo.'),
  sub(
    'TRANSPORTASI',
    'TRANSPORTASI_LOGISTIK',
    'Logistik dan Pergudangan',
    'Penyimpanan dan distribusi barang.',
  ),
  sub(
    'LAYANAN_PUBLIK',
    'PENANGGULANGAN_DARURAT',
    'Penanggulangan Darurat dan Penyelamatan',
    'Pemadaman api, penyelamatan korban, dan layanan ambulans gawat darurat.',
  ),
] as const satisfies readonly ProfessionSubCategorySeed[];

export type SubCategoryCode = (typeof PROFESSION_SUB_CATEGORIES)[number]['code'];
