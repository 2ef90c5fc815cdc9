// @ts-nocheck
import type { CareerStep, RiasecCodeRecord } from '@kenali/domain';
import { RiasecCodeId } from '@kenali/domain';
import { buildRiasecCodes } from '../../../packages/adapters/src/seed/content/index.js';
import { between, pick, suffix } from './random.js';

let canonical: Map<string, RiasecCodeRecord> | undefined;

/** The 156 `riasec_codes` rows exactly as `kenali seed` writes them (ids 1..156). */
export const canonicalCodes = (): ReadonlyMap<string, RiasecCodeRecord> =>
  (canonical ??= new Map(
    buildRiasecCodes().map((row) => [row.riasec_code, { ...row, id: RiasecCodeId(row.id) }]),
  ));

export const canonicalCode = (code: string): RiasecCodeRecord => {
  const record = canonicalCodes().get(code);
  if (!record) throw new Error(`no canonical riasec code ${code}`);
  return record;
};

/** What a seeded catalogue profession looks like to the ports. */
export interface ProfessionSpec {
  readonly name: string;
  /** null: unclassified, never matched by RIASEC. */
  readonly code: string | null;
  readonly about: string;
  readonly riasecDescription: string;
  readonly activities: readonly string[];
  readonly hardSkills: readonly string[];
  readonly softSkills: readonly string[];
  readonly tools: readonly string[];
  /** Entry level first; the last one is the senior level when there are two or more. */
  readonly paths: readonly CareerStep[];
}

const NAMES = [
  'Analis Data',
  'Peneliti Pangan',
  'Ahli Statistik',
  'Auditor Sistem',
  'Apoteker',
  'Ahli Geologi',
];

export const ProfessionMother = {
  /** A profession with every detail list filled and unique names (skill and tool names are unique in SQL). */
  withCode(code: string | null, overrides: Partial<ProfessionSpec> = {}): ProfessionSpec {
    const tag = suffix();
    const salary = between(4, 9) * 1_000_000;
    return {
      name: `${pick(NAMES)} ${tag}`,
      code,
      about: `Profesi uji ${tag}.`,
      riasecDescription: `Cocok untuk kode ${code ?? '-'}.`,
      activities: [`Mengumpulkan data ${tag}`, `Menyusun laporan ${tag}`],
      hardSkills: [`Statistika ${tag}`, `SQL ${tag}`],
      softSkills: [`Ketelitian ${tag}`],
      tools: [`Spreadsheet ${tag}`],
      paths: [
        {
          title: 'Analis Junior',
          experience_range: '0-2 tahun',
          salary_min: salary,
          salary_max: salary + 2_000_000,
        },
        { title: 'Analis Senior', experience_range: '5+ tahun', salary_min: salary * 2, salary_max: null },
      ],
      ...overrides,
    };
  },
};
