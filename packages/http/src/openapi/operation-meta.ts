/**
 * Gives every operation an `operationId` and `tags`, derived from its method and path so they never drift
 * from the routes: `GET /api/v1/career-profile/riasec/result/{session_token}` is `getRiasecResultBySessionToken`
 * under the tag `riasec`. Code generators name their methods and group them with these.
 */
const TAG_BY_SEGMENT: Readonly<Record<string, string>> = {
  recommendation: 'sessions',
  'fit-check': 'sessions',
  riasec: 'riasec',
  ikigai: 'ikigai',
  assessments: 'ikigai',
  result: 'results',
  'user-profile': 'career profile',
  categories: 'reference',
  history: 'history',
};

const words = (path: string): string[] =>
  path
    .replace(/^\/api\/v1\/(career-profile\/)?/, '/')
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/^\{(.+)\}$/, 'by_$1'))
    .flatMap((segment) => segment.split(/[-_.]/))
    .filter((word) => word.length > 0);

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export const operationId = (method: string, path: string): string => {
  const rest = words(path).map(capitalised).join('');
  return `${method}${rest || (path.startsWith('/api/') ? 'ApiIndex' : 'ServiceIndex')}`;
};

export const operationTag = (path: string): string => {
  if (!path.startsWith('/api/v1/') || path === '/api/v1/') return 'service';
  const first = path.replace(/^\/api\/v1\/(career-profile\/)?/, '').split('/')[0] ?? '';
  return TAG_BY_SEGMENT[first] ?? 'service';
};

/** Adds `operationId` and `tags` to every operation of a paths object (explicit ones win). */
export const withOperationMeta = <P extends Record<string, Record<string, unknown>>>(paths: P): P =>
  Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) => [
          method,
          { operationId: operationId(method, path), tags: [operationTag(path)], ...(operation as object) },
        ]),
      ),
    ]),
  ) as P;
