// @ts-nocheck
import type {
  DimensionTexts,
  IkigaiContentWriter,
  ProfessionContent,
  ProfessionProfile,
} from '@kenali/domain';
import { joinPair, pick, salaryRange, sentence, shortPhrase } from './indonesian-text.js';
import { OFFLINE_MODEL_ID, runOffline } from './offline-model.js';
import { factsOf, type ProfessionFacts } from './profession-facts.js';

/*
 * Call 1 offline: two sentences per Ikigai dimension, addressed to "kamu", built from templates and the
 * profession's own catalogue facts; the job title itself is never named (upstream §6.2). Which template variant
 * a profession gets depends on its name only, so the output is deterministic.
 */

const GENERIC_STRENGTH = 'memecahkan masalah dan bekerja sama dengan orang lain';

const love = (p: ProfessionProfile, f: ProfessionFacts): string => {
  const [a1, a2] = f.activities;
  if (a1 === undefined) {
    return `Pekerjaan ini memberi ruang untuk ${f.traits?.strength ?? GENERIC_STRENGTH}. Kalau hal itu membuatmu bersemangat, keseharian di bidang ini akan terasa menyenangkan.`;
  }
  const both = a2 === undefined ? a1 : `${a1}, lalu ${a2}`;
  return [
    `Sehari-hari kamu akan ${both}. Kalau proses seperti itu membuatmu lupa waktu, di situlah sumber semangat yang bisa bertahan lama.`,
    `Bayangkan harimu diisi dengan ${a2 === undefined ? a1 : `${a1}, juga ${a2}`}. Bagian paling memuaskan biasanya datang saat hasil kerjamu mulai terlihat dan dihargai orang lain.`,
    `Kamu akan sering ${a2 === undefined ? a1 : `${a1} serta ${a2}`}. Jika kegiatan semacam ini terasa menyenangkan, bidang ini bisa menjadi tempat minatmu terus tumbuh.`,
  ][pick(p.name, 3)];
};

const goodAt = (f: ProfessionFacts): string => {
  const skills = joinPair(f.hardSkills);
  const soft = f.softSkills[0];
  const first =
    skills === ''
      ? `Kamu akan banyak memakai kemampuan ${f.traits?.strength ?? GENERIC_STRENGTH}`
      : `Kamu akan mengandalkan ${skills}${soft === undefined ? '' : `, ditopang ${soft} saat bekerja bersama orang lain`}`;
  const second =
    f.tools.length > 0
      ? `Semakin sering kamu memakai ${joinPair(f.tools)}, semakin tajam pula keahlian itu`
      : 'Keahlian ini terus terasah seiring bertambahnya jam terbang';
  return `${sentence(first)} ${sentence(second)}`;
};

const worldNeeds = (f: ProfessionFacts): string => {
  const activity = f.activities[2] ?? f.activities[0];
  const impact = f.traits?.impact ?? 'memberi manfaat nyata bagi orang di sekitarmu';
  const first =
    activity === undefined
      ? `Lewat pekerjaan ini kamu ikut ${impact}`
      : `Lewat kegiatan seperti ${activity}, kamu ikut ${impact}`;
  const second =
    f.workplaces === undefined
      ? 'Kebutuhan akan keahlian seperti ini terus ada di banyak sektor'
      : `Tenagamu dibutuhkan di ${f.workplaces}`;
  return `${sentence(first)} ${sentence(second)}`;
};

const paidFor = (p: ProfessionProfile, f: ProfessionFacts): string => {
  const entry = salaryRange(p.entry_level_path);
  const senior = salaryRange(p.senior_level_path);
  const growth =
    'Keahlian yang terus kamu asah membuka jalan ke posisi dengan tanggung jawab dan bayaran yang lebih besar.';
  if (entry !== undefined && senior !== undefined && senior !== entry) {
    const early = p.entry_level_path?.experience_range;
    const later = p.senior_level_path?.experience_range;
    return `Di tahap awal${early ? ` (${early})` : ''} penghasilannya berkisar ${entry}, dan dengan pengalaman${later ? ` ${later}` : ' bertahun-tahun'} bisa mencapai ${senior}. ${growth}`;
  }
  if (entry !== undefined || senior !== undefined)
    return `Penghasilan di bidang ini berkisar ${entry ?? senior}. ${growth}`;
  const skill = f.hardSkills[0];
  return `Penghasilannya tumbuh seiring pengalaman${skill === undefined ? '' : ` dan keahlian seperti ${skill}`}. Bidang ini memberi jalur karier yang jelas bagi yang tekun membangun portofolio dan jam terbang.`;
};

const MAX_OPTION_WORDS = 15;
const label = (text: string): string => sentence(shortPhrase(text, MAX_OPTION_WORDS)).slice(0, -1);

/** Short checkbox labels (≤ 15 words, no job title), unique within the batch. */
const options = (p: ProfessionProfile, f: ProfessionFacts, used: Set<string>): DimensionTexts => {
  const skill = f.hardSkills[0] ?? f.activities[0] ?? 'keahlian yang terus berkembang';
  const senior = salaryRange(p.senior_level_path && { ...p.senior_level_path, salary_min: null });
  const entry = salaryRange(p.entry_level_path);
  const unique = (text: string, extra: string): string => {
    const first = label(text);
    const chosen = used.has(first) ? label(`${text} lewat ${extra}`) : first;
    used.add(chosen);
    return chosen;
  };
  return {
    what_you_love: unique(f.activities[0] ?? `Menekuni ${skill}`, skill),
    what_you_are_good_at: unique(`Menguasai ${joinPair(f.hardSkills) || skill}`, f.softSkills[0] ?? skill),
    what_the_world_needs: unique(
      `${f.traits?.impactLabel ?? 'Memberi manfaat'} lewat ${skill}`,
      f.activities[1] ?? skill,
    ),
    what_you_can_be_paid_for: unique(
      entry === undefined
        ? `Membangun penghasilan dari ${skill}`
        : `Berpenghasilan mulai ${entry}${senior === undefined || senior === entry ? '' : ` hingga ${senior}`}`,
      skill,
    ),
  };
};

export const professionContent = (p: ProfessionProfile, used: Set<string>): ProfessionContent => {
  const facts = factsOf(p);
  return {
    profession_id: p.profession_id,
    dimension_content: {
      what_you_love: love(p, facts),
      what_you_are_good_at: goodAt(facts),
      what_the_world_needs: worldNeeds(facts),
      what_you_can_be_paid_for: paidFor(p, facts),
    },
    dimension_options: options(p, facts, used),
  };
};

export const offlineContentWriter = (): IkigaiContentWriter => ({
  write: (professions) =>
    runOffline('content', () => {
      const used = new Set<string>();
      return { model: OFFLINE_MODEL_ID, items: professions.map((p) => professionContent(p, used)) };
    }),
});
