/*
 * kenali's own Indonesian stop-word list for the offline scorer. Two groups:
 * - function words (pronouns, conjunctions, prepositions, particles, fillers of chat Indonesian);
 * - affect and filler words ("suka", "senang", "ingin") that carry the user's sentiment but no topic. They appear
 *   in nearly every profession's personality text ("cocok untuk kamu yang suka ..."), so matching them only adds
 *   noise; negation is detected before this list is applied.
 * The lists are compared with the folded surface word; only the affect roots are also compared with the stem, so
 * "merasa" is dropped but "rasa" (taste, for cooks) and "pendapatan" (stem "dapat") stay.
 */
// @ts-nocheck

const FUNCTION_WORDS = `
ada adalah adanya agak agar akan akhirnya aku amat anda antar antara apa apakah apalagi atas atau ataupun
bagai bagaimana bagi bahkan bahwa baik banyak banget baru bawah beberapa begini begitu belum benar berbagai
berapa biasa biasanya bila bisa boleh buat bukan cukup dalam dan dapat dari daripada demi dengan di dia diri
dirinya dong dulu entah gitu gue gw hal hampir hanya harus hingga ia ialah ini itu jadi jika juga justru kadang
kalau kali kami kamu kan karena ke kemudian kenapa kepada ketika kita kok lagi lah lain lalu lebih loh maka
makin malah mana masih melalui memang mereka meski misal misalnya mungkin nah namun nanti nya oleh pada padahal
paling para pernah pula pun punya saat saja sama sampai sangat saya seakan sebab sebagai sebelum sedang
sedangkan sedikit segala sehingga sejak sekali sekarang selalu selain seluruh semua sendiri seperti sering serta
setelah setiap si sih suatu sudah supaya tadi tahu tapi tentang terhadap terlalu termasuk tersebut tetapi tiap
tidak toh untuk walau walaupun ya yaitu yakni yang tak enggak nggak kayak kayaknya aja deh kek yg
`;

const FILLER_WORDS = `
tertarik menarik mau pengin merasa sungguh bangga nyaman asyik seru enak puas waktu luang kegiatan aktivitas
profesi karier cocok bidang cara jenis salah satu terutama khusus telah membuat melakukan menggunakan memakai
mendapat mendapatkan dapat jago pandai mahir
`;

/** Roots whose every derived form is sentiment or filler: "menyukai", "kesenangan", "berminat", "pekerjaan". */
const AFFECT_STEMS = 'suka senang gemar hobi minat ingin cinta kerja';

const words = (text: string) => text.split(/\s+/).filter((word) => word.length > 0);

/** Compared with the folded surface word. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  words(`${FUNCTION_WORDS} ${FILLER_WORDS} ${AFFECT_STEMS}`),
);
/** Compared with the stem. */
export const STOP_STEMS: ReadonlySet<string> = new Set(words(AFFECT_STEMS));
