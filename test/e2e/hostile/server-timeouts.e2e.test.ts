import { connect } from 'node:net';
import { expect } from 'chai';
import { API } from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { rawServer } from '../../support/raw-http.js';

/** Writes raw bytes and collects everything the server sends until it closes the connection. */
const exchange = (port: number, bytes: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.write(bytes);
  });

describe('the HTTP server (issue 19: a short body held the connection open)', () => {
  let app: TestApp;
  let server: Awaited<ReturnType<typeof rawServer>>;
  before(async () => {
    app = await testApp();
    server = await rawServer(app.callback, 1000);
  });
  after(() => server.server.close());

  it('a body shorter than its Content-Length is answered 408 problem+json and the connection closed', async () => {
    const user = await createUser(app.knex, { tokens: 10 });
    const answer = await exchange(
      server.port,
      `POST ${API}/recommendation/start HTTP/1.1\r\nHost: x\r\nx-user-id: ${user.id}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"persona_type":',
    );
    expect(answer).to.match(/^HTTP\/1\.1 408 /);
    expect(answer).to.contain('application/problem+json');
    expect(answer).to.contain('"status":408');
    expect(await app.knex('careerprofile_test_sessions').where({ user_id: user.id })).to.have.length(0);
  });

  it('headers that never finish are answered 408 too', async () => {
    const answer = await exchange(server.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: a');
    expect(answer).to.match(/^HTTP\/1\.1 408 /);
  });

  it('headers over the size limit are a 431 problem+json', async () => {
    const answer = await exchange(
      server.port,
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).to.match(/^HTTP\/1\.1 431 /);
    expect(answer).to.contain('"status":431');
  });

  it('a malformed request line is a 400 problem+json', async () => {
    const answer = await exchange(server.port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).to.match(/^HTTP\/1\.1 400 /);
    expect(answer).to.contain('application/problem+json');
  });
});
