// @ts-nocheck
import { readFile } from 'node:fs/promises';

/** Where one document comes from: a file path, or standard input (no arguments, or `-`). */
export type Source =
  { readonly kind: 'stdin'; readonly name: 'stdin' } | { readonly kind: 'file'; readonly name: string };

export type SourceError = { readonly _tag: 'SourceUnreadable'; readonly reason: string };

export const sourcesFromArgs = (files: readonly string[]): Source[] =>
  files.length === 0
    ? [{ kind: 'stdin', name: 'stdin' }]
    : files.map((file): Source =>
        file === '-' ? { kind: 'stdin', name: 'stdin' } : { kind: 'file', name: file },
      );

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
};

/** Reads a source whole; I/O exceptions become a `SourceUnreadable` value at this edge. */
export const readSource = async (
  source: Source,
): Promise<{ ok: true; text: string } | { ok: false; error: SourceError }> => {
  try {
    const text = source.kind === 'stdin' ? await readStdin() : await readFile(source.name, 'utf8');
    return { ok: true, text };
  } catch (error) {
    return {
      ok: false,
      error: { _tag: 'SourceUnreadable', reason: `cannot read input (${reasonOf(error)})` },
    };
  }
};
