// @ts-nocheck
// Module hooks for domain-from-source.mjs: the bare specifier `@kenali/domain` becomes the source entry point
// of the checkout the importing file lives in. Stryker starts its workers in the project folder and only then
// moves them into a sandbox copy, so the root is found from the importer, never from where this file lives.
const MARKERS = ['/test/', '/packages/', '/bench/'];

const checkoutRoot = (parentURL) => {
  const at = MARKERS.map((marker) => parentURL.indexOf(marker)).filter((index) => index >= 0);
  return at.length > 0 ? parentURL.slice(0, Math.min(...at) + 1) : undefined;
};

export const resolve = (specifier, context, next) => {
  const root = specifier === '@kenali/domain' && context.parentURL ? checkoutRoot(context.parentURL) : undefined;
  return root ? { url: `${root}packages/domain/src/index.ts`, shortCircuit: true } : next(specifier, context);
};
