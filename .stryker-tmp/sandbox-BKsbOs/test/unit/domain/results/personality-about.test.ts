// @ts-nocheck
import {
  type AiError,
  type PersonalityCache,
  type PersonalityWriter,
  type RiasecCodeRecord,
  PERSONALITY_TTL_SECONDS,
  RiasecCodeId,
  aboutCode,
  fallbackAboutCode,
} from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';

const code = (description: string): RiasecCodeRecord => ({
  id: RiasecCodeId(1),
  riasec_code: 'SA',
  riasec_title: 'Social Artistic (SA)',
  riasec_description: description,
  strengths: [],
  challenges: [],
  strategies: [],
  work_environments: [],
  interaction_styles: [],
});

const memoryCache = () => {
  const entries = new Map<string, { text: string; ttl: number }>();
  const cache: PersonalityCache = {
    get: (key) => () => Promise.resolve(O.fromNullable(entries.get(key)?.text)),
    set: (key, text, ttl) => () => {
      entries.set(key, { text, ttl });
      return Promise.resolve();
    },
  };
  return { cache, entries };
};

const down: AiError = { _tag: 'AiError', call: 'personality', reason: 'timeout', message: 'slow' };

describe('the "about your code" text of the personality tab', () => {
  it('asks the writer with the DB description (the title when it is empty) and caches for 7 days', async () => {
    const { cache, entries } = memoryCache();
    const asked: string[] = [];
    const writer: PersonalityWriter = {
      aboutCode: (c, _title, description) => {
        asked.push(`${c}|${description}`);
        return TE.right('Tiga kalimat.');
      },
    };
    expect(await aboutCode(cache, writer)(code(''))()).to.equal('Tiga kalimat.');
    expect(asked).to.deep.equal(['SA|Social Artistic (SA)']);
    expect(entries.get('SA')).to.deep.equal({ text: 'Tiga kalimat.', ttl: PERSONALITY_TTL_SECONDS });
    expect(PERSONALITY_TTL_SECONDS).to.equal(604_800);
    expect(await aboutCode(cache, writer)(code('x'))()).to.equal('Tiga kalimat.');
    expect(asked).to.have.length(1);
  });

  it('falls back without caching on an AI error or a blank answer', async () => {
    const { cache, entries } = memoryCache();
    for (const answer of [TE.left(down), TE.right('   ')]) {
      const text = await aboutCode(cache, { aboutCode: () => answer })(code('d'))();
      expect(text).to.equal(fallbackAboutCode('SA'));
    }
    expect(entries.size).to.equal(0);
    expect(fallbackAboutCode('SA')).to.include('SA');
  });
});
