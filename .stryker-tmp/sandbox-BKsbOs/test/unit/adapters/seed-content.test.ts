// @ts-nocheck
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { catalogueTitle, RIASEC_LETTER_NAMES, RIASEC_LETTERS, type RiasecLetter } from '@kenali/domain';
import {
  buildRiasecCodes,
  CAREER_PROFILE_CATEGORY_ID,
  catalogueLookupNames,
  KENALIDIRI_CATEGORIES,
  LIKERT_SCALE,
  PROFESSION_MAIN_CATEGORIES,
  PROFESSION_SUB_CATEGORIES,
  PROFESSIONS,
  RIASEC_CODE_LIST_KEYS,
  RIASEC_LETTER_TEXTS,
  RIASEC_QUESTIONS,
  type ProfessionSeed,
} from '../../../packages/adapters/src/seed/content/index.js';
import { upstreamFiles } from '../../support/paths.js';

/** Every ordered selection of 1–3 distinct letters, computed independently of the builder. */
const allPermutations = (): string[] => {
  const out: string[] = [];
  for (const a of RIASEC_LETTERS) {
    out.push(a);
    for (const b of RIASEC_LETTERS) {
      if (b === a) continue;
      out.push(a + b);
      for (const c of RIASEC_LETTERS) if (c !== a && c !== b) out.push(a + b + c);
    }
  }
  return out;
};

const VALID_CODES = new Set(allPermutations());
const codeRows = buildRiasecCodes();

const isStrictlyIncreasing = (values: readonly number[]): boolean =>
  values.every((v, i) => i === 0 || v > values[i - 1]);

/** Name + description + activities + skills: the text an offline lexical scorer matches against. */
const lexicalDocument = (p: ProfessionSeed): string =>
  [p.name, p.about_description, ...p.activities.map((a) => a.description), ...p.skills.map((s) => s.name)]
    .join(' ')
    .toLowerCase();

describe('seed content (kenali own data)', () => {
  describe('RIASEC questions', () => {
    it('has 72 items with unique ids 1..72 and unique texts', () => {
      expect(RIASEC_QUESTIONS).to.have.length(72);
      expect(RIASEC_QUESTIONS.map((q) => q.id)).to.deep.equal(Array.from({ length: 72 }, (_, i) => i + 1));
      expect(new Set(RIASEC_QUESTIONS.map((q) => q.text.toLowerCase())).size).to.equal(72);
    });

    it('has 12 items per type, the type matching the id block and the code "R1".."C12"', () => {
      for (const q of RIASEC_QUESTIONS) {
        const block = Math.floor((q.id - 1) / 12);
        expect(q.type, `question ${q.id}`).to.equal(RIASEC_LETTERS[block]);
        expect(q.code).to.equal(`${q.type}${((q.id - 1) % 12) + 1}`);
        expect(q.text.trim().length, q.code).to.be.greaterThan(15);
      }
      for (const letter of RIASEC_LETTERS) {
        expect(
          RIASEC_QUESTIONS.filter((q) => q.type === letter),
          letter,
        ).to.have.length(12);
      }
    });

    it('offers a 1–5 Likert scale with five distinct labels', () => {
      expect(LIKERT_SCALE.options.map((o) => o.value)).to.deep.equal([1, 2, 3, 4, 5]);
      expect(new Set(LIKERT_SCALE.options.map((o) => o.label)).size).to.equal(5);
    });
  });

  describe('riasec_codes builder', () => {
    it('builds exactly the 156 permutations of 1–3 distinct letters, ids 1..156', () => {
      expect(codeRows).to.have.length(156);
      expect(new Set(codeRows.map((r) => r.riasec_code))).to.deep.equal(VALID_CODES);
      expect(codeRows.map((r) => r.id)).to.deep.equal(Array.from({ length: 156 }, (_, i) => i + 1));
      expect(codeRows.slice(0, 6).map((r) => r.riasec_code)).to.deep.equal([...RIASEC_LETTERS]);
      expect(codeRows.slice(6, 36).every((r) => r.riasec_code.length === 2)).to.equal(true);
    });

    it('titles rows like "Realistic Investigative (RI)"', () => {
      const ri = codeRows.find((r) => r.riasec_code === 'RI');
      expect(ri?.riasec_title).to.equal('Realistic Investigative (RI)');
      for (const row of codeRows) {
        const names = [...row.riasec_code].map((l) => RIASEC_LETTER_NAMES[l as RiasecLetter]).join(' ');
        expect(row.riasec_title).to.equal(`${names} (${row.riasec_code})`);
        expect(row.riasec_title).to.equal(catalogueTitle(row.riasec_code));
      }
    });

    it('gives every row a description naming its letters and 3–6 distinct items per list', () => {
      for (const row of codeRows) {
        expect(row.riasec_description.length, row.riasec_code).to.be.greaterThan(150);
        for (const letter of row.riasec_code) {
          expect(row.riasec_description, row.riasec_code).to.include(
            RIASEC_LETTER_NAMES[letter as RiasecLetter],
          );
        }
        for (const key of RIASEC_CODE_LIST_KEYS) {
          const items = row[key];
          expect(items.length, `${row.riasec_code}.${key}`).to.be.within(3, 6);
          expect(new Set(items).size, `${row.riasec_code}.${key}`).to.equal(items.length);
          expect(items.every((s) => s.trim().length > 0)).to.equal(true);
        }
      }
    });

    it('lets the dominant letter lead: the first list item comes from the first letter', () => {
      for (const row of codeRows) {
        const first = RIASEC_LETTER_TEXTS[row.riasec_code[0] as RiasecLetter];
        expect(row.strengths[0]).to.equal(first.strengths[0]);
        expect(row.riasec_description).to.include(
          row.riasec_code.length === 1 ? first.description : first.lead,
        );
      }
      const ria = codeRows.find((r) => r.riasec_code === 'RIA')!;
      const iar = codeRows.find((r) => r.riasec_code === 'IAR')!;
      expect(ria.strengths).to.not.deep.equal(iar.strengths);
    });
  });

  describe('kenalidiri_categories', () => {
    it('has CAREER_PROFILE at id 3 and unique ids and codes', () => {
      const careerProfile = KENALIDIRI_CATEGORIES.find((c) => c.id === CAREER_PROFILE_CATEGORY_ID);
      expect(CAREER_PROFILE_CATEGORY_ID).to.equal(3);
      expect(careerProfile?.category_code).to.equal('CAREER_PROFILE');
      expect(careerProfile?.category_name).to.equal('Tes Profil Karier');
      expect(new Set(KENALIDIRI_CATEGORIES.map((c) => c.id)).size).to.equal(KENALIDIRI_CATEGORIES.length);
      expect(new Set(KENALIDIRI_CATEGORIES.map((c) => c.category_code)).size).to.equal(
        KENALIDIRI_CATEGORIES.length,
      );
      for (const c of KENALIDIRI_CATEGORIES) {
        expect(c.detail_table_name).to.equal('careerprofile_test_sessions');
        expect(c.category_code.length).to.be.at.most(50);
      }
    });
  });

  describe('profession catalogue', () => {
    it('has at least 60 professions with unique ids, slugs and names', () => {
      expect(PROFESSIONS.length).to.be.at.least(60);
      expect(new Set(PROFESSIONS.map((p) => p.id)).size).to.equal(PROFESSIONS.length);
      expect(new Set(PROFESSIONS.map((p) => p.slug)).size).to.equal(PROFESSIONS.length);
      expect(new Set(PROFESSIONS.map((p) => p.name.toLowerCase())).size).to.equal(PROFESSIONS.length);
      for (const p of PROFESSIONS) {
        expect(p.slug, p.name).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(p.slug.length).to.be.at.most(120);
        expect(p.name.length).to.be.at.most(100);
      }
    });

    it('uses valid codes, every letter dominant at least 8 times, with shared and single-letter codes', () => {
      for (const p of PROFESSIONS)
        expect(VALID_CODES.has(p.riasec_code), `${p.slug}: ${p.riasec_code}`).to.equal(true);
      for (const letter of RIASEC_LETTERS) {
        const dominant = PROFESSIONS.filter((p) => p.riasec_code.startsWith(letter));
        expect(dominant.length, `dominant ${letter}`).to.be.at.least(8);
        expect(Math.floor(dominant[0].id / 100), `id block of ${letter}`).to.equal(
          RIASEC_LETTERS.indexOf(letter) + 1,
        );
      }
      const byCode = new Map<string, number>();
      for (const p of PROFESSIONS) byCode.set(p.riasec_code, (byCode.get(p.riasec_code) ?? 0) + 1);
      expect(
        [...byCode.values()].filter((n) => n >= 2).length,
        'codes shared by 2+ professions',
      ).to.be.at.least(8);
      expect(PROFESSIONS.filter((p) => p.riasec_code.length === 1).length).to.be.at.least(3);
      expect(PROFESSIONS.filter((p) => p.riasec_code.length >= 2).length).to.be.at.least(
        PROFESSIONS.length * 0.8,
      );
      for (const code of ['RI', 'IR', 'RS', 'SR', 'IC', 'CE', 'EC', 'AE']) {
        expect(byCode.has(code), `a profession with code ${code}`).to.equal(true);
      }
    });

    it('resolves every profession to an existing main and sub category', () => {
      const mains = new Set<string>(PROFESSION_MAIN_CATEGORIES.map((m) => m.code));
      expect(mains.size).to.equal(PROFESSION_MAIN_CATEGORIES.length);
      expect(new Set(PROFESSION_SUB_CATEGORIES.map((s) => s.code)).size).to.equal(
        PROFESSION_SUB_CATEGORIES.length,
      );
      for (const s of PROFESSION_SUB_CATEGORIES)
        expect(mains.has(s.main_category_code), s.code).to.equal(true);
      for (const p of PROFESSIONS) {
        const sub = PROFESSION_SUB_CATEGORIES.find((s) => s.code === p.sub_category_code);
        expect(sub?.main_category_code, p.slug).to.equal(p.main_category_code);
      }
    });

    it('gives every profession descriptions, 4–6 activities, skills, tools and insights', () => {
      for (const p of PROFESSIONS) {
        const sentences = p.about_description.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0);
        expect(sentences.length, `${p.slug} about`).to.be.within(2, 4);
        expect(p.riasec_description.length, p.slug).to.be.greaterThan(80);
        expect(p.activities.length, p.slug).to.be.within(4, 6);
        expect(p.activities.map((a) => a.sort_order)).to.deep.equal(p.activities.map((_, i) => i + 1));
        const hardWajib = p.skills.filter((s) => s.skill_type === 'hard' && s.priority === 'wajib');
        expect(hardWajib.length, `${p.slug} hard wajib`).to.be.at.least(3);
        expect(p.skills.filter((s) => s.skill_type === 'soft').length, `${p.slug} soft`).to.be.at.least(3);
        expect(new Set(p.skills.map((s) => s.name)).size, `${p.slug} skills unique`).to.equal(
          p.skills.length,
        );
        expect(p.tools.length, `${p.slug} tools`).to.be.within(3, 5);
        expect(
          p.tools.filter((t) => t.usage_type === 'wajib').length,
          `${p.slug} tools wajib`,
        ).to.be.at.least(2);
        expect(new Set(p.tools.map((t) => t.name)).size, `${p.slug} tools unique`).to.equal(p.tools.length);
        expect(p.market_insights.length, p.slug).to.be.at.least(2);
        expect(p.study_programs.length, p.slug).to.be.at.least(1);
        for (const s of p.skills) {
          expect(['hard', 'soft']).to.include(s.skill_type);
          expect(['wajib', 'dianjurkan']).to.include(s.priority);
        }
        for (const t of p.tools) expect(['wajib', 'umum']).to.include(t.usage_type);
      }
    });

    it('has career paths of 2–4 levels with realistic, increasing IDR salaries', () => {
      for (const p of PROFESSIONS) {
        const paths = p.career_paths;
        expect(paths.length, p.slug).to.be.within(2, 4);
        expect(paths.map((c) => c.sort_order)).to.deep.equal(paths.map((_, i) => i + 1));
        for (const c of paths) {
          expect(Number.isInteger(c.salary_min) && Number.isInteger(c.salary_max), c.title).to.equal(true);
          expect(c.salary_min, `${p.slug}: ${c.title}`).to.be.lessThan(c.salary_max);
          expect(c.salary_min, `${p.slug}: ${c.title}`).to.be.within(2_500_000, 60_000_000);
          expect(c.salary_max, `${p.slug}: ${c.title}`).to.be.within(4_000_000, 150_000_000);
          expect(c.title.length).to.be.within(1, 100);
          expect(c.experience_range, c.title).to.match(/tahun$/);
          expect(c.experience_range.length).to.be.at.most(50);
        }
        expect(isStrictlyIncreasing(paths.map((c) => c.salary_min)), `${p.slug} salary_min`).to.equal(true);
        expect(isStrictlyIncreasing(paths.map((c) => c.salary_max)), `${p.slug} salary_max`).to.equal(true);
      }
    });

    it('spells shared lookup names consistently and within column sizes', () => {
      const names = catalogueLookupNames();
      for (const [kind, list, max] of [
        ['skills', names.skills, 100],
        ['tools', names.tools, 100],
        ['study_programs', names.study_programs, 150],
      ] as const) {
        const folded = new Map<string, string>();
        for (const name of list) {
          expect(name.length, `${kind}: ${name}`).to.be.within(1, max);
          expect(name, `${kind}: ${name}`).to.equal(name.trim());
          const key = name.toLowerCase().replace(/\s+/g, ' ');
          expect(folded.get(key) ?? name, `${kind}: case variants of "${name}"`).to.equal(name);
          folded.set(key, name);
        }
      }
    });

    it('carries the vocabulary users write about the work', () => {
      const expectations: Record<string, readonly string[]> = {
        'desainer-grafis': ['menggambar', 'desain', 'ilustrasi', 'warna', 'visual'],
        perawat: ['merawat', 'pasien', 'kesehatan'],
        akuntan: ['laporan keuangan', 'pajak', 'pembukuan'],
        'pengembang-perangkat-lunak': ['membangun aplikasi', 'pemrograman', 'kode', 'programmer'],
        'analis-data': ['data', 'sql', 'statistik', 'dasbor'],
        'guru-sd': ['mengajar', 'anak', 'murid'],
        'teknisi-listrik': ['instalasi listrik', 'kabel', 'memperbaiki'],
        psikolog: ['konseling', 'tes psikologi', 'kesehatan mental'],
      };
      for (const [slug, words] of Object.entries(expectations)) {
        const profession = PROFESSIONS.find((p) => p.slug === slug);
        expect(profession, slug).to.not.equal(undefined);
        const doc = lexicalDocument(profession!);
        for (const word of words) expect(doc, `${slug} mentions "${word}"`).to.include(word);
      }
    });
  });

  describe('originality against the upstream seed files', () => {
    let questionsPath = '';
    let codesPath = '';

    const normalise = (text: string): string =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();

    const collectJsonStrings = (value: unknown, out: string[]): void => {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) for (const item of value) collectJsonStrings(item, out);
      else if (value !== null && typeof value === 'object') {
        for (const item of Object.values(value)) collectJsonStrings(item, out);
      }
    };

    /** SQL string literals (with '' unescaped); JSON array literals are expanded into their items. */
    const sqlStrings = (sql: string): string[] => {
      const out: string[] = [];
      for (const match of sql.matchAll(/'((?:[^']|'')*)'/g)) {
        const literal = match[1].replace(/''/g, "'");
        if (literal.startsWith('[')) {
          try {
            collectJsonStrings(JSON.parse(literal) as unknown, out);
            continue;
          } catch {
            // not JSON: keep the literal itself
          }
        }
        out.push(literal);
      }
      return out;
    };

    /** Upstream sentences: every string split at sentence and "Title:" boundaries, kept when ≥ 6 words. */
    const upstreamSentences = (strings: readonly string[]): string[] => {
      const sentences = new Set<string>();
      for (const text of strings) {
        for (const piece of [text, ...text.split(/[.!?;:\n]+/)]) {
          const normalised = normalise(piece);
          if (normalised.split(' ').length >= 6) sentences.add(normalised);
        }
      }
      return [...sentences];
    };

    const ourTexts = (): string[] => [
      LIKERT_SCALE.prompt,
      ...LIKERT_SCALE.options.map((o) => o.label),
      ...RIASEC_QUESTIONS.map((q) => q.text),
      ...codeRows.flatMap((r) => [r.riasec_description, ...RIASEC_CODE_LIST_KEYS.flatMap((key) => r[key])]),
      ...KENALIDIRI_CATEGORIES.map((c) => c.description),
      ...PROFESSION_MAIN_CATEGORIES.map((c) => c.description),
      ...PROFESSION_SUB_CATEGORIES.map((c) => c.description),
      ...PROFESSIONS.flatMap((p) => [
        p.about_description,
        p.riasec_description,
        ...p.activities.map((a) => a.description),
        ...p.market_insights.map((m) => m.description),
      ]),
    ];

    const loadUpstream = (): string[] => {
      const strings: string[] = [];
      collectJsonStrings(JSON.parse(readFileSync(questionsPath, 'utf8')) as unknown, strings);
      strings.push(...sqlStrings(readFileSync(codesPath, 'utf8')));
      return strings;
    };

    beforeEach(function () {
      [questionsPath, codesPath] = upstreamFiles(this, 'riasec_questions.json', 'riasec_codes_seed.sql');
    });

    it('contains no upstream sentence of 6 or more words', () => {
      const sentences = upstreamSentences(loadUpstream());
      expect(sentences.length, 'upstream sentences extracted').to.be.greaterThan(500);
      // Index sentences by their first six words, then slide a six-word window over each of our texts.
      const byPrefix = new Map<string, string[]>();
      for (const sentence of sentences) {
        const prefix = sentence.split(' ').slice(0, 6).join(' ');
        byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), sentence]);
      }
      const overlaps: string[] = [];
      for (const text of ourTexts()) {
        const normalised = normalise(text);
        const words = normalised.split(' ');
        const padded = ` ${normalised} `;
        for (let i = 0; i + 6 <= words.length; i += 1) {
          for (const sentence of byPrefix.get(words.slice(i, i + 6).join(' ')) ?? []) {
            if (padded.includes(` ${sentence} `)) overlaps.push(`"${sentence}" in "${text}"`);
          }
        }
      }
      expect(overlaps, overlaps.slice(0, 5).join('\n')).to.deep.equal([]);
    });

    it('shares no run of 8 consecutive words with the upstream texts (stricter paraphrase guard)', () => {
      const grams = new Set<string>();
      for (const text of loadUpstream()) {
        const words = normalise(text).split(' ');
        for (let i = 0; i + 8 <= words.length; i += 1) grams.add(words.slice(i, i + 8).join(' '));
      }
      const shared: string[] = [];
      for (const text of ourTexts()) {
        const words = normalise(text).split(' ');
        for (let i = 0; i + 8 <= words.length; i += 1) {
          const gram = words.slice(i, i + 8).join(' ');
          if (grams.has(gram)) shared.push(gram);
        }
      }
      expect([...new Set(shared)]).to.deep.equal([]);
    });

    it('keeps the id layout of the upstream riasec_codes seed', () => {
      const upstreamIds = new Map<string, number>();
      for (const match of readFileSync(codesPath, 'utf8').matchAll(/^\((\d+), '([RIASEC]{1,3})'/gm)) {
        upstreamIds.set(match[2], Number(match[1]));
      }
      expect(upstreamIds.size).to.equal(156);
      for (const row of codeRows) expect(row.id, row.riasec_code).to.equal(upstreamIds.get(row.riasec_code));
    });
  });
});
