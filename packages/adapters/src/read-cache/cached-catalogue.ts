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
type CodesByCode = ReadonlyMap<string, RiasecCodeRecord>;
type ProfessionsByCode = ReadonlyMap<string, readonly CatalogueProfession[]>;

interface Held<V> {
  readonly value: V;
  readonly expiresAt: number;
}

/** What the cache holds, shared by every view over it (the pool's and each transaction's). */
class CatalogueMemory {
  codes: Held<{ byId: CodesById; byCode: CodesByCode }> | undefined;
  professionsByCode: Held<ProfessionsByCode> | undefined;
  readonly briefsById: MemoryTtlStore<ProfessionBrief>;
  readonly profilesById: MemoryTtlStore<ProfessionProfile>;

  constructor(
    readonly ttlMs: number,
    readonly now: () => number,
    options: MemoryCacheOptions,
  ) {
    this.briefsById = new MemoryTtlStore(20_000, options);
    this.profilesById = new MemoryTtlStore(20_000, options);
  }

  fresh<V>(held: Held<V> | undefined): V | undefined {
    return held && held.expiresAt > this.now() ? held.value : undefined;
  }

  hold<V>(value: V): Held<V> {
    return { value, expiresAt: this.now() + this.ttlMs };
  }
}

/**
 * Reference data kept in memory for `ttlMs` (ADR 0012, ADR 0034): the 156 RIASEC codes and the professions
 * per code as whole tables, profession briefs and profiles per id. The content changes only when an operator
 * edits it, so an edit shows within `ttlMs`; ids not held yet (a new code or profession) are always asked
 * for. `over` gives a view that shares what is held but loads what is missing through another catalogue —
 * a unit of work's, so a transaction never waits for a second pooled connection.
 */
export class CachedCatalogue implements ProfessionCatalogue {
  private readonly memory: CatalogueMemory;
  private loadingCodes: Promise<E.Either<PortError, { byId: CodesById; byCode: CodesByCode }>> | undefined;

  constructor(
    private readonly inner: ProfessionCatalogue,
    ttlMs: number,
    options: MemoryCacheOptions = {},
    memory?: CatalogueMemory,
  ) {
    this.memory = memory ?? new CatalogueMemory(ttlMs, options.now ?? Date.now, options);
  }

  /** The same held data, loading what is missing through `inner`. */
  over(inner: ProfessionCatalogue): CachedCatalogue {
    return new CachedCatalogue(inner, this.memory.ttlMs, {}, this.memory);
  }

  private get off(): boolean {
    return this.memory.ttlMs <= 0;
  }

  professionsByCode(): TE.TaskEither<PortError, ProfessionsByCode> {
    const held = this.memory.fresh(this.memory.professionsByCode);
    if (this.off || held) return held ? TE.right(held) : this.inner.professionsByCode();
    return pipe(
      this.inner.professionsByCode(),
      TE.map((table) => {
        this.memory.professionsByCode = this.memory.hold(table);
        return table;
      }),
    );
  }

  codes(): TE.TaskEither<PortError, CodesByCode> {
    if (this.off) return this.inner.codes();
    return pipe(
      this.codeTables(),
      TE.map((t) => t.byCode),
    );
  }

  codeById(id: RiasecCodeId): TE.TaskEither<PortError, RiasecCodeRecord | undefined> {
    if (this.off) return this.inner.codeById(id);
    return pipe(
      this.codeTables(),
      TE.chain(({ byId }) => {
        const hit = byId.get(Number(id));
        return hit ? TE.right(hit) : this.inner.codeById(id);
      }),
    );
  }

  briefs(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionBrief[]> {
    if (this.off) return this.inner.briefs(ids);
    return this.perId(this.memory.briefsById, ids, (missing) => this.inner.briefs(missing));
  }

  /** In the order asked for (each id once), like `briefs`; unknown ids are left out. */
  profiles(ids: readonly ProfessionId[]): TE.TaskEither<PortError, readonly ProfessionProfile[]> {
    if (this.off) return this.inner.profiles(ids);
    return this.perId(this.memory.profilesById, ids, (missing) => this.inner.profiles(missing));
  }

  private perId<V extends { readonly profession_id: ProfessionId }>(
    store: MemoryTtlStore<V>,
    ids: readonly ProfessionId[],
    load: (missing: readonly ProfessionId[]) => TE.TaskEither<PortError, readonly V[]>,
  ): TE.TaskEither<PortError, readonly V[]> {
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => store.get(String(id)) === undefined);
    if (missing.length === 0) return TE.right(unique.flatMap((id) => store.get(String(id)) ?? []));
    return pipe(
      load(missing),
      TE.map((fetched) => {
        for (const item of fetched) store.set(String(item.profession_id), item, this.memory.ttlMs);
        // Answer from what was fetched too, in case the store evicted part of it meanwhile.
        const byId = new Map(fetched.map((v) => [Number(v.profession_id), v]));
        return unique.flatMap((id) => byId.get(Number(id)) ?? store.get(String(id)) ?? []);
      }),
    );
  }

  /** The whole code table, loaded once per `ttlMs`; concurrent callers of one view share one load. */
  private codeTables(): TE.TaskEither<PortError, { byId: CodesById; byCode: CodesByCode }> {
    const held = this.memory.fresh(this.memory.codes);
    if (held) return TE.right(held);
    return () => {
      this.loadingCodes ??= pipe(
        this.inner.codes(),
        TE.map((byCode) => {
          const byId: CodesById = new Map([...byCode.values()].map((c) => [Number(c.id), c]));
          this.memory.codes = this.memory.hold({ byId, byCode });
          return { byId, byCode };
        }),
      )().finally(() => (this.loadingCodes = undefined));
      return this.loadingCodes;
    };
  }
}
