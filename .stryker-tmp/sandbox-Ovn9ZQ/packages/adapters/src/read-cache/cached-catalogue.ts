// @ts-nocheck
import type {
  CatalogueProfession,
  PortError,
  ProfessionBrief,
  ProfessionCatalogue,
  ProfessionId,
  ProfessionProfile,
  RiasecCodeId,
  RiasecCodeRecord,
} from '@kenali/domain';
import type * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type MemoryCacheOptions, MemoryTtlStore } from '../redis/memory-ttl-store.js';

type CodesById = ReadonlyMap<number, RiasecCodeRecord>;

/**
 * Reference data for the read routes kept in memory for `ttlMs` (ADR 0012): the 156 RIASEC codes as one
 * table and profession briefs per id. The content changes only when an operator edits it, so an edit shows
 * within `ttlMs`; ids not held yet (a new code or profession) are always asked for. Everything else passes
 * straight through.
 */
export class CachedCatalogue implements ProfessionCatalogue {
  private readonly briefsById: MemoryTtlStore<ProfessionBrief>;
  private codesById: { readonly table: CodesById; readonly expiresAt: number } | undefined;
  private loading: Promise<E.Either<PortError, CodesById>> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly inner: ProfessionCatalogue,
    private readonly ttlMs: number,
    options: MemoryCacheOptions = {},
  ) {
    this.briefsById = new MemoryTtlStore(20_000, options);
    this.now = options.now ?? Date.now;
  }

  professionsByCode(): TE.TaskEither<PortError, ReadonlyMap<string, readonly CatalogueProfession[]>> {
    return this.inner.professionsByCode();
  }

  codes(): TE.TaskEither<PortError, ReadonlyMap<string, RiasecCodeRecord>> {
    return this.inner.codes();
  }

  profiles(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionProfile[]> {
    return this.inner.profiles(ids);
  }

  codeById(id: RiasecCodeId): TE.TaskEither<PortError, RiasecCodeRecord | undefined> {
    if (this.ttlMs <= 0) return this.inner.codeById(id);
    return pipe(
      this.codeTable(),
      TE.chain((table) => {
        const hit = table.get(Number(id));
        return hit ? TE.right(hit) : this.inner.codeById(id);
      }),
    );
  }

  briefs(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionBrief[]> {
    if (this.ttlMs <= 0) return this.inner.briefs(ids);
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => this.briefsById.get(String(id)) === undefined);
    if (missing.length === 0) return TE.right(unique.flatMap((id) => this.briefsById.get(String(id)) ?? []));
    return pipe(
      this.inner.briefs(missing),
      TE.map((fetched) => {
        for (const brief of fetched) this.briefsById.set(String(brief.profession_id), brief, this.ttlMs);
        // Answer from what was fetched too, in case the store evicted part of it meanwhile.
        const byId = new Map(fetched.map((b) => [Number(b.profession_id), b]));
        return unique.flatMap((id) => byId.get(Number(id)) ?? this.briefsById.get(String(id)) ?? []);
      }),
    );
  }

  /** The whole code table, loaded once per `ttlMs`; concurrent callers share one load. */
  private codeTable(): TE.TaskEither<PortError, CodesById> {
    const cached = this.codesById;
    if (cached && cached.expiresAt > this.now()) return TE.right(cached.table);
    return () => {
      this.loading ??= pipe(
        this.inner.codes(),
        TE.map((byCode): CodesById => new Map([...byCode.values()].map((c) => [Number(c.id), c]))),
        TE.map((table) => {
          this.codesById = { table, expiresAt: this.now() + this.ttlMs };
          return table;
        }),
      )().finally(() => (this.loading = undefined));
      return this.loading;
    };
  }
}
