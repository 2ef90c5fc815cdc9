// @ts-nocheck
import { expect } from 'chai';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';

describe('public and reference routes', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  it('GET /riasec/questions lists 72 items ordered by type then number, without auth', async () => {
    const res = await app.http.get('/api/v1/career-profile/riasec/questions');
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ success: true, message: 'success get riasec questions' });
    const ids = (res.body.data as { id: string }[]).map((q) => q.id);
    expect(ids).to.have.length(72);
    expect(ids.slice(0, 3)).to.deep.equal(['R1', 'R2', 'R3']);
    expect(ids[12]).to.equal('I1');
    expect(ids.at(-1)).to.equal('C12');
    expect(res.body.data[0].pertanyaan).to.be.a('string').with.length.above(10);
  });

  it('GET /categories/ lists the active categories including CAREER_PROFILE = 3', async () => {
    const res = await app.http.get('/api/v1/categories/');
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.include.members([]);
    const career = (res.body as { id: number; category_code: string }[]).find((c) => c.id === 3);
    expect(career?.category_code).to.equal('CAREER_PROFILE');
  });

  it('GET /history/ and /history/{id} show only the caller’s rows', async () => {
    const owner = await createUser(app.knex);
    const other = await createUser(app.knex);
    await app.http
      .post('/api/v1/career-profile/recommendation/start')
      .set(owner.headers)
      .send({ persona_type: 'BUILDER' });
    const mine = await app.http.get('/api/v1/history/').set(owner.headers);
    expect(mine.status).to.equal(200);
    expect(mine.body).to.have.length(1);
    expect(mine.body[0]).to.include({ user_id: owner.id, status: 'ongoing', test_category_id: 3 });
    const id = mine.body[0].id as number;
    expect((await app.http.get(`/api/v1/history/${id}`).set(owner.headers)).body.id).to.equal(id);
    const foreign = await app.http.get(`/api/v1/history/${id}`).set(other.headers);
    expect(foreign.status).to.equal(404);
    expect(foreign.body.detail).to.equal('History not found');
    expect((await app.http.get('/api/v1/history/').set(other.headers)).body).to.deep.equal([]);
    expect((await app.http.get('/api/v1/history/')).status).to.equal(401);
  });
});
