// @ts-nocheck
// Module hooks for domain-from-source.mjs: the bare specifier `@kenali/domain` becomes the source entry point.
const SOURCE = new URL('../packages/domain/src/index.ts', import.meta.url).href;

export const resolve = (specifier, context, next) =>
  specifier === '@kenali/domain' ? { url: SOURCE, shortCircuit: true } : next(specifier, context);
