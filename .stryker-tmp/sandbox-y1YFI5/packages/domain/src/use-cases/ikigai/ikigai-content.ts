// @ts-nocheck
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
export const MISSING_TEXT = 'Deskripsi tidak tersedia.';

const Texts = t.type(
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, t.string])) as Record<
    (typeof DIMENSION_KEYS)[number],
    t.StringC
  >,
);
const CandidateWithContentCodec = t.intersection([
  t.type({
    profession_id: t.number,
    profession_name: t.string,
    display_order: t.number,
    congruence_score: t.number,
    dimension_content: Texts,
  }),
  t.partial({ dimension_options: Texts }),
]);
/** The cached payload `{generated_at, candidates}` (decisions §4 (19–22)); anything else is a miss. */
const CachedContent = t.type({ generated_at: t.string, candidates: t.array(CandidateWithContentCodec) });

export type CandidateWithContent = t.TypeOf<typeof CandidateWithContentCodec>;
export interface LoadedContent {
  readonly generated_at: string;
  readonly candidates: readonly CandidateWithContent[];
  readonly from_cache: boolean;
}

export const displayCandidates = (candidates: readonly CandidateEntry[]): CandidateEntry[] => {
  const display = candidates.filter((c) => c.display_order <= MAX_DISPLAY_ORDER);
  return (display.length > 0 ? display : [...candidates]).sort((a, b) => a.display_order - b.display_order);
};

const merge = (
  candidate: CandidateEntry,
  profile: ProfessionProfile | undefined,
  item: ProfessionContent | undefined,
): CandidateWithContent => {
  const texts = (source: DimensionTexts | undefined): DimensionTexts =>
    Object.fromEntries(DIMENSION_KEYS.map((k) => [k, source?.[k]?.trim() || MISSING_TEXT])) as DimensionTexts;
  return {
    profession_id: candidate.profession_id,
    profession_name: profile?.name ?? 'Unknown',
    display_order: candidate.display_order,
    congruence_score: candidate.congruence_score,
    dimension_content: texts(item?.dimension_content),
    ...(item?.dimension_options ? { dimension_options: texts(item.dimension_options) } : {}),
  };
};

/** Content of the display candidates: cache first, else one AI call; an AI failure is shown, never cached. */
export class IkigaiContent {
  constructor(
    private readonly catalogue: ProfessionCatalogue,
    private readonly writer: IkigaiContentWriter,
    private readonly cache: ContentCache,
    private readonly clock: Clock,
  ) {}

  load(token: string, candidates: readonly CandidateEntry[]): TE.TaskEither<PortError, LoadedContent> {
    return pipe(
      TE.fromTask(this.cache.get(token)),
      TE.chain((cached) =>
        pipe(
          cached,
          O.chain((value) => O.fromEither(CachedContent.decode(value))),
          O.match(
            () => this.generate(token, candidates),
            (hit) => TE.right<PortError, LoadedContent>({ ...hit, from_cache: true }),
          ),
        ),
      ),
    );
  }

  private generate(
    token: string,
    candidates: readonly CandidateEntry[],
  ): TE.TaskEither<PortError, LoadedContent> {
    const display = displayCandidates(candidates);
    return pipe(
      this.catalogue.profiles(display.map((c) => c.profession_id)),
      TE.chain((profiles) =>
        pipe(
          TE.fromTask<E.Either<unknown, { items: readonly ProfessionContent[] }>, PortError>(
            this.writer.write(profiles),
          ),
          TE.chain((answer) => {
            const byId = new Map(profiles.map((p) => [Number(p.profession_id), p]));
            const items = E.isRight(answer)
              ? new Map(answer.right.items.map((i) => [Number(i.profession_id), i]))
              : new Map<number, ProfessionContent>();
            const content = {
              generated_at: this.clock.now().toISOString(),
              candidates: display.map((c) => merge(c, byId.get(c.profession_id), items.get(c.profession_id))),
            };
            const cacheIt = E.isRight(answer)
              ? this.cache.set(token, content, CONTENT_TTL_SECONDS)
              : () => Promise.resolve();
            return TE.fromTask(async () => {
              await cacheIt();
              return { ...content, from_cache: false };
            });
          }),
        ),
      ),
    );
  }
}
