/*
 * Chat Indonesian and common English career words rewritten to the standard form before stemming, so "ngoding",
 * "gk suka" and "drawing" meet the catalogue's vocabulary. Values may hold several words. kenali's own list.
 */
export const INFORMAL_WORDS: Readonly<Record<string, string>> = {
  // negation and function words (needed by the negation window)
  gk: 'tidak',
  ga: 'tidak',
  gak: 'tidak',
  nggak: 'tidak',
  ngga: 'tidak',
  enggak: 'tidak',
  engga: 'tidak',
  kagak: 'tidak',
  tdk: 'tidak',
  ndak: 'tidak',
  bgt: 'banget',
  bngt: 'banget',
  pengen: 'ingin',
  pingin: 'ingin',
  pgn: 'ingin',
  tp: 'tapi',
  tpi: 'tapi',
  krn: 'karena',
  karna: 'karena',
  dgn: 'dengan',
  utk: 'untuk',
  org: 'orang',
  udah: 'sudah',
  udh: 'sudah',
  sdh: 'sudah',
  blm: 'belum',
  kalo: 'kalau',
  klo: 'kalau',
  // informal verbs (nasal "ng-" forms of spoken Indonesian)
  ngoding: 'koding',
  ngode: 'koding',
  ngegambar: 'menggambar',
  nggambar: 'menggambar',
  gambar2: 'menggambar',
  nulis: 'menulis',
  ngajar: 'mengajar',
  ngitung: 'menghitung',
  ngurus: 'mengurus',
  ngedit: 'mengedit',
  ngelukis: 'melukis',
  nyanyi: 'menyanyi',
  ngobrol: 'berbicara',
  ngerawat: 'merawat',
  nolong: 'menolong',
  bikin: 'membuat',
  benerin: 'memperbaiki',
  betulin: 'memperbaiki',
  ngebenerin: 'memperbaiki',
  jualan: 'menjual',
  duit: 'uang',
  cuan: 'uang',
  curhat: 'mendengarkan cerita',
  // English career words
  drawing: 'menggambar',
  draw: 'menggambar',
  design: 'desain',
  designer: 'desainer',
  coding: 'koding',
  code: 'kode',
  programming: 'pemrograman',
  programmer: 'pemrogram',
  developer: 'pengembang',
  software: 'perangkat lunak',
  app: 'aplikasi',
  apps: 'aplikasi',
  website: 'situs web',
  photo: 'foto',
  photography: 'fotografi',
  editing: 'mengedit',
  game: 'gim',
  games: 'gim',
  nurse: 'perawat',
  doctor: 'dokter',
  accounting: 'akuntansi',
  tax: 'pajak',
  marketing: 'pemasaran',
  sales: 'penjualan',
  teacher: 'guru',
  teaching: 'mengajar',
  cooking: 'memasak',
};

/** Plain negators: they turn a *liking* into a dislike ("tidak suka angka"), nothing else ("tidak takut api"). */
export const NEGATORS: ReadonlySet<string> = new Set(['tidak', 'tak', 'bukan', 'kurang', 'belum']);

/** Verbs of liking, wanting or ability: after a plain negator they open a dislike window. */
export const LIKING_WORDS: ReadonlySet<string> = new Set(
  `suka menyukai senang menyenangi tertarik mau ingin minat berminat hobi gemar cinta mencintai nyaman betah
  bisa mampu pandai jago mahir bakat berbakat paham ngerti mengerti cocok demen doyan pengin`.split(/\s+/),
);

/** Dislike verbs open a window themselves ("benci hitungan"), unless negated ("tidak takut api"). */
export const DISLIKE_WORDS: ReadonlySet<string> = new Set(
  'benci membenci malas enggan ogah anti takut jijik bosan muak alergi'.split(/\s+/),
);

/** "tidak hanya X" praises X; these words right after a negator cancel the negation. */
export const NEGATION_CANCELLERS: ReadonlySet<string> = new Set(['hanya', 'cuma', 'sekadar', 'saja']);

/** Conjunctions that start a new clause, which ends any negation window. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'tapi',
  'tetapi',
  'namun',
  'melainkan',
  'sedangkan',
  'padahal',
  'sementara',
]);
