import type { StoredQuestion } from '../quizzes/questions.records';
import { gradeAttempt } from './grading';
import { underRegrades, type RegradeRule } from './regrade-rules';

function question(version: string, key: string, correct: string, overrides: Partial<StoredQuestion> = {}): StoredQuestion {
  return {
    id: `${version}-${key}`,
    quizVersionId: version,
    key,
    position: 1,
    type: 'SINGLE_CHOICE',
    prompt: 'Which?',
    explanation: `Version ${version} says ${correct}.`,
    passageAnchor: null,
    referenceKeys: [],
    options: ['a', 'b'].map((id) => ({ id, text: id, correct: id === correct })),
    numericAnswer: null,
    acceptedAnswers: [],
    ...overrides,
  };
}

const corrected = (regradeId: string, keyVersionId: string): RegradeRule => ({ regradeId, mode: 'CORRECTED_KEYS', questionKey: null, keyVersionId });
const creditAll = (regradeId: string, questionKey: string): RegradeRule => ({ regradeId, mode: 'CREDIT_ALL', questionKey, keyVersionId: 'v9' });

describe('grading under the regrades in force', () => {
  const asked = question('v1', 'q', 'a');
  const versions = new Map([
    ['v2', [question('v2', 'q', 'b')]],
    ['v3', [question('v3', 'q', 'a')]],
  ]);
  const credit = (rules: RegradeRule[], chosen: string[] | null) =>
    gradeAttempt([underRegrades(asked, rules, versions)], new Map([[asked.id, { optionIds: chosen }]]), { scoring: 'ALL_OR_NOTHING', passingScore: 100 }).score;

  it('grades by the corrected key, keeping the question the learner was shown', () => {
    const graded = underRegrades(asked, [corrected('r1', 'v2')], versions);
    expect(graded).toMatchObject({ id: 'v1-q', prompt: 'Which?', explanation: 'Version v2 says b.', creditedToEveryone: false });
    expect(credit([corrected('r1', 'v2')], ['b'])).toBe(100);
    expect(credit([corrected('r1', 'v2')], ['a'])).toBe(0);
  });

  it('lets a later regrade override an earlier one', () => {
    expect(credit([corrected('r1', 'v2'), corrected('r2', 'v3')], ['a'])).toBe(100);
    expect(credit([creditAll('r1', 'q'), corrected('r2', 'v2')], ['a'])).toBe(0);
    expect(credit([corrected('r1', 'v2'), creditAll('r2', 'q')], null)).toBe(100);
  });

  it('keeps the original key when the corrected version changed the type or the options, or dropped the question', () => {
    const changed = new Map([
      ['v2', [question('v2', 'q', 'c', { options: ['a', 'b', 'c'].map((id) => ({ id, text: id, correct: id === 'c' })) })]],
      ['v3', [question('v3', 'q', 'b', { type: 'MULTIPLE_CHOICE' })]],
      ['v4', [question('v4', 'other', 'b')]],
    ]);
    for (const version of ['v2', 'v3', 'v4']) expect(underRegrades(asked, [corrected('r', version)], changed).options).toEqual(asked.options);
  });

  it('credits only the question named', () => {
    expect(underRegrades(asked, [creditAll('r1', 'another')], versions).creditedToEveryone).toBe(false);
    expect(credit([creditAll('r1', 'q')], null)).toBe(100);
  });
});
