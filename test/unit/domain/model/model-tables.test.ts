import type { Session } from '@kenali/domain';
import {
  ALGORITHM_VERSION,
  DIMENSION_INFO,
  DIMENSION_KEYS,
  EXTRINSIC_DIMENSIONS,
  INTRINSIC_DIMENSIONS,
  QUESTION_SET_VERSION,
  RIASEC_LETTERS,
  RIASEC_LETTER_NAMES,
  SELECTION_TYPES,
  SessionId,
  SessionToken,
  UserId,
  answeredDimensions,
  catalogueTitle,
  checkDimensionAnswer,
  expiresAt,
  isActive,
  isDimensionKey,
  isRiasecLetter,
  lastActivity,
  letterNamesTitle,
  remainingDimensions,
} from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';

const TEXT_FIELDS = [
  'label',
  'label_id',
  'question_prompt',
  'description',
  'helper_text_selected',
  'helper_text_not_selected',
  'example_text_selected',
  'example_text_not_selected',
] as const;

describe('model tables', function () {
  describe('DIMENSION_INFO (GET /ikigai/dimensions)', function () {
    it('describes the four dimensions in canonical order, with the answer limits of the rules', function () {
      expect(DIMENSION_INFO.map((d) => d.dimension_key)).to.deep.equal([...DIMENSION_KEYS]);
      for (const info of DIMENSION_INFO) expect(info).to.deep.include({ min_chars: 10, max_chars: 2000 });
    });

    it('has a text in every field, and no two fields of the table share one', function () {
      const texts = DIMENSION_INFO.flatMap((info) => TEXT_FIELDS.map((field) => info[field]));
      for (const text of texts) expect(text.trim().length, text).to.be.greaterThan(3);
      expect(new Set(texts).size).to.equal(texts.length);
      expect(DIMENSION_INFO.map((d) => d.label)).to.deep.equal([
        'What You Love',
        'What You Are Good At',
        'What the World Needs',
        'What You Can Be Paid For',
      ]);
    });

    it('gives examples that are themselves valid answers of their kind', function () {
      for (const info of DIMENSION_INFO) {
        const selected = checkDimensionAnswer({
          selected_profession_id: 1,
          selection_type: 'selected',
          reasoning_text: info.example_text_selected,
        });
        const notSelected = checkDimensionAnswer({
          selected_profession_id: null,
          selection_type: 'not_selected',
          reasoning_text: info.example_text_not_selected,
        });
        expect(E.isRight(selected) && E.isRight(notSelected), info.dimension_key).to.equal(true);
      }
    });
  });

  describe('dimensions', function () {
    it('splits them into intrinsic and extrinsic halves', function () {
      expect(INTRINSIC_DIMENSIONS).to.deep.equal(['what_you_love', 'what_you_are_good_at']);
      expect(EXTRINSIC_DIMENSIONS).to.deep.equal(['what_the_world_needs', 'what_you_can_be_paid_for']);
      expect(SELECTION_TYPES).to.deep.equal(['selected', 'not_selected']);
    });

    it('recognises exactly the four keys', function () {
      for (const key of DIMENSION_KEYS) expect(isDimensionKey(key)).to.equal(true);
      fc.assert(
        fc.property(
          fc.string(),
          (s) => isDimensionKey(s) === (DIMENSION_KEYS as readonly string[]).includes(s),
        ),
      );
      expect(isDimensionKey('')).to.equal(false);
    });

    it('answered and remaining dimensions partition the keys in canonical order', function () {
      fc.assert(
        fc.property(fc.subarray([...DIMENSION_KEYS]), (keys) => {
          const answer = {
            selected_profession_id: null,
            selection_type: 'not_selected' as const,
            reasoning_text: 'x',
            answered_at: '',
          };
          const answers = Object.fromEntries(keys.map((k) => [k, answer]));
          expect(answeredDimensions(answers)).to.deep.equal(DIMENSION_KEYS.filter((k) => keys.includes(k)));
          expect(remainingDimensions(answers)).to.deep.equal(DIMENSION_KEYS.filter((k) => !keys.includes(k)));
        }),
      );
    });
  });

  describe('RIASEC letters', function () {
    it('names the six types', function () {
      expect(RIASEC_LETTER_NAMES).to.deep.equal({
        R: 'Realistic',
        I: 'Investigative',
        A: 'Artistic',
        S: 'Social',
        E: 'Enterprising',
        C: 'Conventional',
      });
      expect(RIASEC_LETTERS.filter(isRiasecLetter)).to.deep.equal(['R', 'I', 'A', 'S', 'E', 'C']);
      expect(['r', 'X', '', 'RI'].filter(isRiasecLetter)).to.deep.equal([]);
    });

    it('builds both title formats in code order, skipping anything that is not a letter', function () {
      expect(letterNamesTitle('SEC')).to.equal('Social – Enterprising – Conventional');
      expect(letterNamesTitle('A')).to.equal('Artistic');
      expect(letterNamesTitle('R?x')).to.equal('Realistic');
      expect(letterNamesTitle('')).to.equal('');
      expect(catalogueTitle('RI')).to.equal('Realistic Investigative (RI)');
      expect(catalogueTitle('ESA')).to.equal('Enterprising Social Artistic (ESA)');
      expect(catalogueTitle('C-')).to.equal('Conventional (C-)');
    });
  });

  describe('session activity', function () {
    const start = new Date('2026-03-01T08:00:00.000Z');
    const base = {
      id: SessionId(1),
      user_id: UserId('u'),
      session_token: SessionToken('t'),
      persona_type: 'BUILDER',
      test_goal: 'RECOMMENDATION',
      target_profession_id: null,
      uses_ikigai: true,
      started_at: start,
      algorithm_version: ALGORITHM_VERSION,
      question_set_version: QUESTION_SET_VERSION,
    } as const;
    const at = (ms: number) => new Date(start.getTime() + ms);

    it('is the RIASEC submission when it is later than the start, else the start', function () {
      const ongoing: Session = { ...base, status: 'riasec_ongoing' };
      expect(lastActivity(ongoing)).to.equal(start);
      const submitted: Session = { ...base, status: 'riasec_completed', riasec_completed_at: at(60_000) };
      expect(lastActivity(submitted)).to.deep.equal(at(60_000));
      const same: Session = { ...base, status: 'riasec_completed', riasec_completed_at: at(0) };
      expect(lastActivity(same)).to.equal(start);
      const skewed: Session = { ...base, status: 'ikigai_ongoing', riasec_completed_at: at(-1) };
      expect(lastActivity(skewed)).to.equal(start);
      const abandoned: Session = { ...base, status: 'abandoned', riasec_completed_at: null };
      expect(lastActivity(abandoned)).to.equal(start);
    });

    it('expires the given number of hours after the last activity', function () {
      const submitted: Session = { ...base, status: 'riasec_completed', riasec_completed_at: at(5_000) };
      expect(expiresAt(submitted, 72).getTime()).to.equal(start.getTime() + 5_000 + 72 * 3_600_000);
      expect(expiresAt({ ...base, status: 'riasec_ongoing' }, 1).getTime()).to.equal(
        start.getTime() + 3_600_000,
      );
    });

    it('counts only the two ongoing statuses as active', function () {
      const sessions: Session[] = [
        { ...base, status: 'riasec_ongoing' },
        { ...base, status: 'riasec_completed', riasec_completed_at: at(1) },
        { ...base, status: 'ikigai_ongoing', riasec_completed_at: at(1) },
        { ...base, status: 'abandoned', riasec_completed_at: null },
        {
          ...base,
          status: 'completed',
          riasec_completed_at: at(1),
          ikigai_completed_at: at(2),
          completed_at: at(2),
        },
      ];
      expect(sessions.map(isActive)).to.deep.equal([true, false, true, false, false]);
    });

    it('stamps version 1.0 of the algorithm and the question set', function () {
      expect([ALGORITHM_VERSION, QUESTION_SET_VERSION]).to.deep.equal(['1.0', '1.0']);
    });
  });
});
