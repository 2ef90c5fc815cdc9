import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import { upstreamFiles } from '../../support/paths.js';
import {
  FIT_CHECK_RESULT,
  PERSONALITY_RESULT,
  RECOMMENDATION_RESULT,
  type Shape,
  expectShape,
} from '../../support/upstream-shapes.js';

/**
 * Upstream's own Postman collection, run as an unchanged upstream client would run it: the requests in
 * order, their bodies and headers as written, collection variables set by its test scripts. Each request
 * must get the status upstream's code gives it (named in the request, except the two requests that are
 * wrong for upstream too) and a body with the fields of upstream's response model.
 */

interface PostmanRequest {
  readonly method: string;
  readonly url: { readonly raw: string } | string;
  readonly header?: readonly { readonly key: string; readonly value: string }[];
  readonly body?: { readonly raw?: string };
}
interface PostmanItem {
  readonly name: string;
  readonly item?: readonly PostmanItem[];
  readonly request?: PostmanRequest;
  readonly event?: readonly {
    readonly listen: string;
    readonly script: { readonly exec: readonly string[] };
  }[];
}

const flatten = (items: readonly PostmanItem[]): PostmanItem[] =>
  items.flatMap((item) => (item.item ? flatten(item.item) : [item]));

const START: Shape = {
  session_token: 'string',
  test_goal: 'string',
  status: 'string',
  question_ids: ['integer'],
  total_questions: 'integer',
  message: 'string',
};
const CANDIDATE: Shape = {
  profession_id: 'integer',
  riasec_code_id: 'integer|null',
  expansion_tier: 'integer',
  congruence_type: 'string',
  congruence_score: 'number',
  display_order: 'integer',
  path: 'string|null',
};
const RIASEC_SUBMIT: Shape = {
  session_token: 'string',
  test_goal: 'string',
  status: 'string',
  scores: { R: 'integer', I: 'integer', A: 'integer', S: 'integer', E: 'integer', C: 'integer' },
  classification_type: 'string',
  is_inconsistent_profile: 'boolean',
  riasec_code_info: {
    riasec_code: 'string',
    riasec_title: 'string',
    riasec_description: 'string',
    strengths: ['string'],
    challenges: ['string'],
    strategies: ['string'],
    work_environments: ['string'],
    interaction_styles: ['string'],
  },
  candidates: [CANDIDATE],
  total_candidates: 'integer',
  display_candidates_count: 'integer',
  validity_warning: 'string|null',
  next_step: 'string',
};
const IKIGAI_CONTENT: Shape = {
  session_token: 'string',
  status: 'string',
  generated_at: 'string',
  from_cache: 'boolean',
  regenerated: 'boolean',
  total_display_candidates: 'integer',
  message: 'string',
  candidates_with_content: [{ profession_id: 'integer' }],
};
const DIMENSION_SAVED: Shape = {
  session_token: 'string',
  dimension_saved: 'string',
  dimensions_completed: ['string'],
  dimensions_remaining: ['string'],
  all_completed: 'boolean',
  message: 'string',
};
const COMPLETION: Shape = {
  session_token: 'string',
  status: 'string',
  top_2_professions: [
    {
      rank: 'integer',
      profession_id: 'integer',
      total_score: 'number',
      score_what_you_love: 'number',
      score_what_you_are_good_at: 'number',
      score_what_the_world_needs: 'number',
      score_what_you_can_be_paid_for: 'number',
      intrinsic_score: 'number',
      extrinsic_score: 'number',
    },
  ],
  total_professions_evaluated: 'integer',
  tie_breaking_applied: 'boolean',
  calculated_at: 'string',
  message: 'string',
};
/** Upstream's error body: kenali's problem+json keeps the string `detail` upstream clients read. */
const ERROR: Shape = { detail: 'string' };

/** What upstream's code answers to each request, with the response model's field set. */
const EXPECTED: readonly { readonly prefix: string; readonly status: number; readonly shape: Shape }[] = [
  { prefix: '1A.', status: 200, shape: START },
  { prefix: '1B.', status: 200, shape: RIASEC_SUBMIT },
  { prefix: '1C.', status: 200, shape: IKIGAI_CONTENT },
  { prefix: '1D.1.', status: 200, shape: DIMENSION_SAVED },
  { prefix: '1D.2.', status: 200, shape: DIMENSION_SAVED },
  { prefix: '1D.3.', status: 200, shape: DIMENSION_SAVED },
  { prefix: '1D.4.', status: 200, shape: COMPLETION },
  { prefix: '1E.', status: 200, shape: RECOMMENDATION_RESULT },
  { prefix: '2A.', status: 200, shape: START },
  { prefix: '2B.', status: 200, shape: RIASEC_SUBMIT },
  { prefix: '2C.', status: 200, shape: FIT_CHECK_RESULT },
  { prefix: '3A.', status: 200, shape: PERSONALITY_RESULT },
  { prefix: '3B.', status: 200, shape: PERSONALITY_RESULT },
  // THINKER is no persona: upstream's validator refuses it, so no token is set for 4B.
  { prefix: '4A.', status: 422, shape: ERROR },
  // Named [422] for uniform answers, but it carries 4A's (empty) token: upstream answers "session not found".
  { prefix: '4B.', status: 404, shape: ERROR },
  // The session is completed: a second answer is refused.
  { prefix: '4C.', status: 400, shape: ERROR },
  // Named [403] for a short balance, but its user id is not a UUID: upstream's auth answers 401 first.
  { prefix: '4D.', status: 401, shape: ERROR },
];

/** The catalogue ids the collection uses, mapped to kenali's demo catalogue (upstream's are not seeded). */
const TARGET_PROFESSION: Readonly<Record<number, number>> = { 14: 101 };

describe('upstream’s Postman collection against kenali', () => {
  let app: TestApp;
  let user: TestUser;
  let items: PostmanItem[];

  before(async function () {
    const [file] = upstreamFiles(this, 'postman-e2e-collection.json');
    const collection = JSON.parse(readFileSync(file ?? '', 'utf8')) as { item: PostmanItem[] };
    items = flatten(collection.item);
    app = await testApp();
    user = await createUser(app.knex, { tokens: 10 });
  });

  it('runs all 17 requests in order with upstream’s statuses and response fields', async () => {
    expect(items).to.have.length(17);
    const variables: Record<string, string> = { baseUrl: '/api/v1', userId: user.id };
    // The Ikigai requests click upstream's profession ids 1 and 2: this session's first two candidates.
    const clicked: Record<number, number> = {};
    const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => variables[name] ?? '');
    const ran: string[] = [];
    for (const item of items) {
      const request = item.request;
      if (!request) continue;
      const expected = EXPECTED.find((e) => item.name.startsWith(e.prefix));
      expect(expected, `no expectation for "${item.name}"`).to.not.equal(undefined);
      const url = fill(typeof request.url === 'string' ? request.url : request.url.raw);
      let call = request.method === 'GET' ? app.http.get(url) : app.http.post(url);
      for (const header of request.header ?? []) call = call.set(header.key, fill(header.value));
      let response;
      if (request.body?.raw) {
        const body = JSON.parse(fill(request.body.raw)) as Record<string, unknown>;
        if (typeof body.target_profession_id === 'number') {
          body.target_profession_id =
            TARGET_PROFESSION[body.target_profession_id] ?? body.target_profession_id;
        }
        if (typeof body.selected_profession_id === 'number') {
          body.selected_profession_id = clicked[body.selected_profession_id] ?? body.selected_profession_id;
        }
        response = await call.send(body);
      } else {
        response = await call;
      }
      expect(response.status, `${item.name}: ${JSON.stringify(response.body).slice(0, 300)}`).to.equal(
        expected?.status,
      );
      expectShape(response.body, expected?.shape ?? {}, item.name);
      // The collection's test scripts keep the session tokens in collection variables.
      for (const event of item.event ?? []) {
        const set = /collectionVariables\.set\("(\w+)", jsonData\.session_token\)/.exec(
          event.script.exec.join('\n'),
        );
        if (set?.[1] && typeof response.body.session_token === 'string')
          variables[set[1]] = response.body.session_token;
      }
      if (item.name.startsWith('1B.')) {
        const candidates = response.body.candidates as { profession_id: number }[];
        clicked[1] = candidates[0]?.profession_id ?? 0;
        clicked[2] = candidates[1]?.profession_id ?? 0;
      }
      ran.push(item.name);
    }
    expect(ran).to.have.length(17);
  });
});
