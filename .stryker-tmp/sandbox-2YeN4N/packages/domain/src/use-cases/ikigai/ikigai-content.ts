// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { PortError } from '../../errors/port-error.js';
import { type CandidateEntry, MAX_DISPLAY_ORDER } from '../../model/candidate.js';
import { DIMENSION_KEYS } from '../../model/dimension.js';
import type { DimensionTexts, IkigaiContentWriter, ProfessionContent } from '../../ports/ai-ports.js';
import type { ContentCache } from '../../ports/cache-ports.js';
import type { Clock } from '../../ports/clock.js';
import type { ProfessionCatalogue, ProfessionProfile } from '../../ports/profession-catalogue.js';
export const CONTENT_TTL_SECONDS = 7200;
export const MISSING_TEXT = stryMutAct_9fa48("1530") ? "" : (stryCov_9fa48("1530"), 'Deskripsi tidak tersedia.');
const Texts = t.type(Object.fromEntries(DIMENSION_KEYS.map(k => [k, t.string])) as Record<(typeof DIMENSION_KEYS)[number], t.StringC>);
const CandidateWithContentCodec = t.intersection(stryMutAct_9fa48("1531") ? [] : (stryCov_9fa48("1531"), [t.type(stryMutAct_9fa48("1532") ? {} : (stryCov_9fa48("1532"), {
  profession_id: t.number,
  profession_name: t.string,
  display_order: t.number,
  congruence_score: t.number,
  dimension_content: Texts
})), t.partial(stryMutAct_9fa48("1533") ? {} : (stryCov_9fa48("1533"), {
  dimension_options: Texts
}))]));
/** The cached payload `{generated_at, candidates}` (decisions §4 (19–22)); anything else is a miss. */
const CachedContent = t.type(stryMutAct_9fa48("1534") ? {} : (stryCov_9fa48("1534"), {
  generated_at: t.string,
  candidates: t.array(CandidateWithContentCodec)
}));
export type CandidateWithContent = t.TypeOf<typeof CandidateWithContentCodec>;
export interface LoadedContent {
  readonly generated_at: string;
  readonly candidates: readonly CandidateWithContent[];
  readonly from_cache: boolean;
}
export const displayCandidates = (candidates: readonly CandidateEntry[]): CandidateEntry[] => {
  if (stryMutAct_9fa48("1535")) {
    {}
  } else {
    stryCov_9fa48("1535");
    const display = stryMutAct_9fa48("1536") ? candidates : (stryCov_9fa48("1536"), candidates.filter(stryMutAct_9fa48("1537") ? () => undefined : (stryCov_9fa48("1537"), c => stryMutAct_9fa48("1541") ? c.display_order > MAX_DISPLAY_ORDER : stryMutAct_9fa48("1540") ? c.display_order < MAX_DISPLAY_ORDER : stryMutAct_9fa48("1539") ? false : stryMutAct_9fa48("1538") ? true : (stryCov_9fa48("1538", "1539", "1540", "1541"), c.display_order <= MAX_DISPLAY_ORDER))));
    return stryMutAct_9fa48("1542") ? display.length > 0 ? display : [...candidates] : (stryCov_9fa48("1542"), ((stryMutAct_9fa48("1546") ? display.length <= 0 : stryMutAct_9fa48("1545") ? display.length >= 0 : stryMutAct_9fa48("1544") ? false : stryMutAct_9fa48("1543") ? true : (stryCov_9fa48("1543", "1544", "1545", "1546"), display.length > 0)) ? display : stryMutAct_9fa48("1547") ? [] : (stryCov_9fa48("1547"), [...candidates])).sort(stryMutAct_9fa48("1548") ? () => undefined : (stryCov_9fa48("1548"), (a, b) => stryMutAct_9fa48("1549") ? a.display_order + b.display_order : (stryCov_9fa48("1549"), a.display_order - b.display_order))));
  }
};
const merge = (candidate: CandidateEntry, profile: ProfessionProfile | undefined, item: ProfessionContent | undefined): CandidateWithContent => {
  if (stryMutAct_9fa48("1550")) {
    {}
  } else {
    stryCov_9fa48("1550");
    const texts = stryMutAct_9fa48("1551") ? () => undefined : (stryCov_9fa48("1551"), (() => {
      const texts = (source: DimensionTexts | undefined): DimensionTexts => Object.fromEntries(DIMENSION_KEYS.map(k => [k, source?.[k]?.trim() || MISSING_TEXT])) as DimensionTexts;
      return texts;
    })());
    return stryMutAct_9fa48("1552") ? {} : (stryCov_9fa48("1552"), {
      profession_id: candidate.profession_id,
      profession_name: stryMutAct_9fa48("1553") ? profile?.name && 'Unknown' : (stryCov_9fa48("1553"), (stryMutAct_9fa48("1554") ? profile.name : (stryCov_9fa48("1554"), profile?.name)) ?? (stryMutAct_9fa48("1555") ? "" : (stryCov_9fa48("1555"), 'Unknown'))),
      display_order: candidate.display_order,
      congruence_score: candidate.congruence_score,
      dimension_content: texts(stryMutAct_9fa48("1556") ? item.dimension_content : (stryCov_9fa48("1556"), item?.dimension_content)),
      ...((stryMutAct_9fa48("1557") ? item.dimension_options : (stryCov_9fa48("1557"), item?.dimension_options)) ? stryMutAct_9fa48("1558") ? {} : (stryCov_9fa48("1558"), {
        dimension_options: texts(item.dimension_options)
      }) : {})
    });
  }
};

/** Content of the display candidates: cache first, else one AI call; an AI failure is shown, never cached. */
export class IkigaiContent {
  constructor(private readonly catalogue: ProfessionCatalogue, private readonly writer: IkigaiContentWriter, private readonly cache: ContentCache, private readonly clock: Clock) {}
  load(token: string, candidates: readonly CandidateEntry[]): TE.TaskEither<PortError, LoadedContent> {
    if (stryMutAct_9fa48("1559")) {
      {}
    } else {
      stryCov_9fa48("1559");
      return pipe(TE.fromTask(this.cache.get(token)), TE.chain(stryMutAct_9fa48("1560") ? () => undefined : (stryCov_9fa48("1560"), cached => pipe(cached, O.chain(stryMutAct_9fa48("1561") ? () => undefined : (stryCov_9fa48("1561"), value => O.fromEither(CachedContent.decode(value)))), O.match(stryMutAct_9fa48("1562") ? () => undefined : (stryCov_9fa48("1562"), () => this.generate(token, candidates)), stryMutAct_9fa48("1563") ? () => undefined : (stryCov_9fa48("1563"), hit => TE.right<PortError, LoadedContent>(stryMutAct_9fa48("1564") ? {} : (stryCov_9fa48("1564"), {
        ...hit,
        from_cache: stryMutAct_9fa48("1565") ? false : (stryCov_9fa48("1565"), true)
      }))))))));
    }
  }
  private generate(token: string, candidates: readonly CandidateEntry[]): TE.TaskEither<PortError, LoadedContent> {
    if (stryMutAct_9fa48("1566")) {
      {}
    } else {
      stryCov_9fa48("1566");
      const display = displayCandidates(candidates);
      return pipe(this.catalogue.profiles(display.map(stryMutAct_9fa48("1567") ? () => undefined : (stryCov_9fa48("1567"), c => c.profession_id))), TE.chain(stryMutAct_9fa48("1568") ? () => undefined : (stryCov_9fa48("1568"), profiles => pipe(TE.fromTask<E.Either<unknown, {
        items: readonly ProfessionContent[];
      }>, PortError>(this.writer.write(profiles)), TE.chain(answer => {
        if (stryMutAct_9fa48("1569")) {
          {}
        } else {
          stryCov_9fa48("1569");
          const byId = new Map(profiles.map(stryMutAct_9fa48("1570") ? () => undefined : (stryCov_9fa48("1570"), p => stryMutAct_9fa48("1571") ? [] : (stryCov_9fa48("1571"), [Number(p.profession_id), p]))));
          const items = E.isRight(answer) ? new Map(answer.right.items.map(stryMutAct_9fa48("1572") ? () => undefined : (stryCov_9fa48("1572"), i => stryMutAct_9fa48("1573") ? [] : (stryCov_9fa48("1573"), [Number(i.profession_id), i])))) : new Map<number, ProfessionContent>();
          const content = stryMutAct_9fa48("1574") ? {} : (stryCov_9fa48("1574"), {
            generated_at: this.clock.now().toISOString(),
            candidates: display.map(stryMutAct_9fa48("1575") ? () => undefined : (stryCov_9fa48("1575"), c => merge(c, byId.get(c.profession_id), items.get(c.profession_id))))
          });
          const cacheIt = E.isRight(answer) ? this.cache.set(token, content, CONTENT_TTL_SECONDS) : stryMutAct_9fa48("1576") ? () => undefined : (stryCov_9fa48("1576"), () => Promise.resolve());
          return TE.fromTask(async () => {
            if (stryMutAct_9fa48("1577")) {
              {}
            } else {
              stryCov_9fa48("1577");
              await cacheIt();
              return stryMutAct_9fa48("1578") ? {} : (stryCov_9fa48("1578"), {
                ...content,
                from_cache: stryMutAct_9fa48("1579") ? true : (stryCov_9fa48("1579"), false)
              });
            }
          });
        }
      })))));
    }
  }
}