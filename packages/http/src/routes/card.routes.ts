import type { RiasecResponse, SessionToken, UserSummary } from '@kenali/domain';
import Router from '@koa/router';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type CardContent, resultCardSvg } from '../card/result-card.js';
import type { HttpDependencies } from '../dependencies.js';
import type { AppError } from '../error-mapping.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { renderedRead } from './rendered-read.js';

const SVG = { type: 'image/svg+xml; charset=utf-8', encode: resultCardSvg };

const percent = (n: number): string => `${n.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;

/**
 * The card's content from the stored results: the RIASEC outcome for the hexagon, code and title, then the
 * recommendation's top two or the fit check's verdict. Each read keeps its own refusals (404 for another
 * user's session, 409/404 while the test is not finished), so the card answers exactly what the tabs do.
 */
const cardContent =
  (deps: HttpDependencies) =>
  (caller: UserSummary, token: SessionToken): TE.TaskEither<AppError, CardContent> =>
  async () => {
    const riasec = await deps.riasecResult.execute(caller.id, token)();
    if (E.isLeft(riasec)) return riasec;
    const base = baseContent(riasec.right);
    if (riasec.right.test_goal === 'FIT_CHECK') {
      const fit = await deps.results.fitCheck.execute(caller, token)();
      if (E.isLeft(fit)) return fit;
      const verdict = fit.right.fit_check_result;
      const stars = '★'.repeat(verdict.match_stars) + '☆'.repeat(Math.max(0, 3 - verdict.match_stars));
      return E.right({
        ...base,
        goal: 'FIT_CHECK',
        heading: 'Cek kecocokan dengan profesi tujuan',
        professions: [{ name: fit.right.target_profession.name, detail: `${verdict.match_label} ${stars}` }],
      });
    }
    const recommendation = await deps.results.recommendation.execute(caller, token)();
    if (E.isLeft(recommendation)) return recommendation;
    return E.right({
      ...base,
      goal: 'RECOMMENDATION',
      heading: 'Dua profesi teratas untukmu',
      professions: recommendation.right.recommended_professions.map((p) => ({
        name: p.profession_name,
        detail: `Kecocokan ${percent(p.match_percentage)}`,
      })),
    });
  };

const baseContent = (riasec: RiasecResponse) => ({
  scores: riasec.scores,
  code: riasec.riasec_code_info.riasec_code,
  title: riasec.riasec_code_info.riasec_title,
});

/** GET …/result/{token}/card.svg: the shareable result picture, owner only, cached like the tabs (ADR 0025). */
export const cardRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.get(
    '/career-profile/result/:session_token/card.svg',
    rateLimit(limits, { name: 'result-card', max: 30, per: 'minute' }),
    renderedRead(deps.rendered, 'card', cardContent(deps), undefined, SVG),
  );
  return router;
};
