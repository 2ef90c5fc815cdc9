import type { DimensionKey } from '@kenali/domain';
import { fold } from './normalise.js';
import { stem } from './stemmer.js';

/*
 * Per-dimension stop lists: the words an answer borrows from its own question ("dibayar" in an answer to
 * "what can you be paid for", "masyarakat" and "butuh" in one to "what does the world need"). They say which
 * question is being answered, not which profession fits, yet they appear in some catalogue texts and would lift
 * those professions. Compared with the stem, so every derived form is dropped.
 */
const PROMPT_WORDS: Readonly<Record<DimensionKey, string>> = {
  what_you_love: 'suka senang hobi gemar cinta nikmat seru asyik betah',
  what_you_are_good_at: 'bisa mampu pandai jago mahir terampil kuat bagus unggul kuasa biasa sering bakat',
  what_the_world_needs: `dunia butuh perlu masyarakat orang warga rakyat banyak bantu manfaat negara indonesia
    semua setiap kampung desa lingkungan sekitar hidup kecil`,
  what_you_can_be_paid_for: 'bayar gaji penghasilan hasil kerja karier profesi jadi posisi target',
};

const stems = new Map<DimensionKey, ReadonlySet<string>>();

/** The stems an answer to `dimension` does not score on. */
export const promptStems = (dimension: DimensionKey): ReadonlySet<string> => {
  let known = stems.get(dimension);
  if (known === undefined) {
    known = new Set(
      PROMPT_WORDS[dimension]
        .split(/\s+/)
        .filter((w) => w.length > 0)
        .map((w) => stem(fold(w))),
    );
    stems.set(dimension, known);
  }
  return known;
};
