// @ts-nocheck
import { expect } from 'chai';
import fc from 'fast-check';
import {
  type CandidateEntry,
  type CatalogueLookup,
  type DerivedCode,
  ProfessionId,
  RiasecCodeId,
  deriveCode,
  expandCandidates,
  expansionPlan,
} from '@kenali/domain';

describe('expandCandidates, against a literal reading of upstream §3.7', () => {
  /** Guard before each tier, lookups sorted by id and limited to 30, dedup, final truncation. */
  const literal = (derived: DerivedCode, lookup: CatalogueLookup): CandidateEntry[] => {
    const out: CandidateEntry[] = [];
    const seen = new Set<number>();
    for (const tier of expansionPlan(derived)) {
      if (out.length >= 30) continue;
      for (const step of tier) {
        const rows = [...lookup(step.code)].sort((a, b) => a.profession_id - b.profession_id).slice(0, 30);
        for (const row of rows) {
          if (seen.has(row.profession_id)) continue;
          seen.add(row.profession_id);
          const order = out.length + 1;
          out.push({
            profession_id: row.profession_id,
            riasec_code_id: row.riasec_code_id,
            expansion_tier: step.expansion_tier,
            congruence_type: step.congruence_type,
            congruence_score: step.congruence_score,
            display_order: order,
            is_display_candidate: order <= 5,
            ...(step.path === undefined ? {} : { path: step.path }),
          });
        }
      }
    }
    return out.slice(0, 30);
  };

  const typeScore = fc.integer({ min: 12, max: 60 });
  const profile = fc
    .tuple(typeScore, typeScore, typeScore, typeScore, typeScore, typeScore)
    .map((s) => deriveCode({ R: s[0], I: s[1], A: s[2], S: s[3], E: s[4], C: s[5] }));
  const idLists = fc.func(fc.uniqueArray(fc.integer({ min: 1, max: 120 }), { maxLength: 40 }));

  it('gives the same candidates for any profile and catalogue, whatever order the lookup uses', () => {
    fc.assert(
      fc.property(profile, idLists, fc.boolean(), (derived, idsFor, reversed) => {
        const lookup: CatalogueLookup = (code) => {
          const rows = idsFor(code).map((id) => ({
            profession_id: ProfessionId(id),
            riasec_code_id: RiasecCodeId(code.length),
          }));
          return reversed ? rows.reverse() : rows;
        };
        const { candidates } = expandCandidates(derived, lookup);
        expect(candidates).to.deep.equal(literal(derived, lookup));
        expect(new Set(candidates.map((c) => c.profession_id)).size).to.equal(candidates.length);
      }),
    );
  });
});
