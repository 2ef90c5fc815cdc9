import { expect } from 'chai';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import { RESULT, completeFitCheck, completeRecommendation, startOnly } from '../../support/result-flows.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });

/** Every text run of the card, in document order (text elements with their tspans). */
const textsOf = (node: unknown, out: string[] = []): string[] => {
  if (Array.isArray(node)) node.forEach((n) => textsOf(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === 'text') {
        for (const t of [value].flat()) {
          const n = t as Node;
          const runs = [n['#text'], (n.tspan as Node | undefined)?.['#text']];
          out.push(
            runs
              .flatMap((x) => (typeof x === 'string' || typeof x === 'number' ? [String(x)] : []))
              .join(' '),
          );
        }
      } else if (!key.startsWith('@')) textsOf(value, out);
    }
  }
  return out;
};

/** Parses the body strictly: a malformed document fails here rather than in a browser. */
const parseCard = (body: string): Node => {
  expect(XMLValidator.validate(body), 'well-formed XML').to.equal(true);
  const doc = parser.parse(body) as Node;
  const svg = doc.svg as Node;
  expect(svg['@xmlns']).to.equal('http://www.w3.org/2000/svg');
  expect(svg['@viewBox']).to.equal('0 0 600 780');
  expect(String(svg['@font-family'])).to.match(/system-ui.*sans-serif$/);
  return svg;
};

const hexagonPoints = (svg: Node): [number, number][] => {
  const group = svg.g as Node;
  const polygons = [group.polygon].flat() as Node[];
  const shape = polygons.find((p) => p['@fill'] === '#14b8a6');
  expect(shape, 'the score polygon').to.not.equal(undefined);
  return String(shape?.['@points'])
    .split(' ')
    .map((pair) => pair.split(',').map(Number) as [number, number]);
};

describe('the result card: GET /result/{token}/card.svg (ADR 0025)', () => {
  let app: TestApp;
  let owner: TestUser;
  let recommendation: string;
  let fitCheck: string;
  before(async () => {
    app = await testApp();
    owner = await createUser(app.knex, { fullname: 'Dewi Lestari' });
    recommendation = await completeRecommendation(app, owner);
    fitCheck = await completeFitCheck(app, owner);
  });
  const card = (token: string, user = owner) =>
    app.http
      .get(`${RESULT}/${token}/card.svg`)
      .set(user.headers)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      });

  it('RECOMMENDATION: the hexagon of the stored scores, the code and title, and the top two professions', async () => {
    const res = await card(recommendation);
    expect(res.status).to.equal(200);
    expect(res.headers['content-type']).to.equal('image/svg+xml; charset=utf-8');
    const svg = parseCard(res.body as string);
    const tab = await app.http.get(`${RESULT}/recommendation/${recommendation}`).set(owner.headers);
    const texts = textsOf(svg);
    const code = tab.body.riasec_summary.riasec_code as string;
    expect(texts).to.include(code);
    const riasec = await app.http
      .get(`/api/v1/career-profile/riasec/result/${recommendation}`)
      .set(owner.headers);
    expect(texts).to.include(riasec.body.riasec_code_info.riasec_title);
    for (const [rank, p] of (tab.body.recommended_professions as { profession_name: string }[]).entries()) {
      expect(texts.some((t) => t.startsWith(`${rank + 1}. ${p.profession_name.slice(0, 20)}`))).to.equal(
        true,
      );
    }
    const scores = riasec.body.scores as Record<string, number>;
    for (const letter of ['R', 'I', 'A', 'S', 'E', 'C'])
      expect(texts).to.include(`${letter} ${scores[letter]}`);
    // The strongest letter reaches furthest from the centre (300, 245).
    const points = hexagonPoints(svg);
    expect(points).to.have.length(6);
    const reach = points.map(([x, y]) => Math.hypot(x - 300, y - 245));
    const strongest = ['R', 'I', 'A', 'S', 'E', 'C'].reduce((a, b) => (scores[b] > scores[a] ? b : a));
    expect(reach.indexOf(Math.max(...reach))).to.equal(['R', 'I', 'A', 'S', 'E', 'C'].indexOf(strongest));
    expect(String((svg.title as Node)['#text'])).to.contain(code);
  });

  it('FIT_CHECK: the target profession with the verdict instead of a ranking', async () => {
    const res = await card(fitCheck);
    expect(res.status).to.equal(200);
    const texts = textsOf(parseCard(res.body as string));
    const tab = await app.http.get(`${RESULT}/fit-check/${fitCheck}`).set(owner.headers);
    expect(texts.some((t) => t.startsWith(tab.body.target_profession.name.slice(0, 20)))).to.equal(true);
    expect(texts.some((t) => t.startsWith(tab.body.fit_check_result.match_label))).to.equal(true);
  });

  it('is reused while the rows are unchanged (kenali-result-cache), and answers the same bytes', async () => {
    const first = await card(recommendation);
    const second = await card(recommendation);
    expect(second.headers['kenali-result-cache']).to.equal('hit');
    expect(second.body).to.equal(first.body);
  });

  it("is the owner's only: another user gets 404, an unfinished test is refused like the tabs", async () => {
    const stranger = await createUser(app.knex);
    expect((await card(recommendation, stranger)).status).to.equal(404);
    const other = await createUser(app.knex);
    const unfinished = await startOnly(app, other, 'recommendation');
    const refused = await card(unfinished, other);
    const tab = await app.http.get(`${RESULT}/recommendation/${unfinished}`).set(other.headers);
    expect(refused.status).to.be.within(400, 499);
    expect(refused.headers['content-type']).to.contain('application/problem+json');
    expect([refused.status, tab.status]).to.satisfy(([a, b]: number[]) => a === 404 || a === b);
  });
});
