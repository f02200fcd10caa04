import { lineOf, useTempDirs } from '../testing/course-fixture';
import { goodQuestions, lintedQuiz, lintQuestions } from '../testing/lint-fixture';

describe('item-writing rules', () => {
  const tempDir = useTempDirs();
  const lint = (...edits: [string, string][]) => lintQuestions(tempDir(), goodQuestions, edits);

  it('find nothing in items that follow the rules', () => {
    expect(lint()).toMatchObject({ errors: [], warnings: [] });
  });

  describe('the key as the longest option', () => {
    it('is an error when the key is a fifth and ten characters longer than every distractor', () => {
      const { errors, quiz } = lint(['text: 155 units, correct', 'text: 155 units in total across all sites, correct']);

      expect(errors).toEqual([
        {
          file: lintedQuiz,
          line: lineOf(quiz, '155 units in total'),
          message:
            'the key is the longest option (35 characters, longest distractor 9): a test-wise learner picks it unread; make the options parallel in length',
        },
      ]);
    });

    it('is accepted when the key is only a little longer', () => {
      expect(lint(['text: 155 units, correct', 'text: 155 units a cycle, correct']).errors).toEqual([]);
    });
  });

  describe('"all/none of the above"', () => {
    it('is an error in any option', () => {
      const { errors, quiz } = lint(['text: 19 sites', 'text: None of the above']);

      expect(errors).toEqual([
        {
          file: lintedQuiz,
          line: lineOf(quiz, 'None of the above'),
          message: 'option "None of the above": no "all/none of the above"; write each option as its own answer',
        },
      ]);
    });
  });

  describe('absolute words only in distractors', () => {
    it('is a warning on the distractor that uses them', () => {
      const { warnings, quiz } = lint(['text: Two areas of the scalp', 'text: Always the scalp only']);

      expect(warnings).toEqual([
        {
          file: lintedQuiz,
          line: lineOf(quiz, 'Always the scalp only'),
          message: 'distractor uses "always", "only", which no key uses: absolute words give a distractor away',
        },
      ]);
    });

    it('is accepted when the key uses the same word', () => {
      const { warnings } = lint(
        ['text: Two areas of the scalp', 'text: Only the scalp'],
        ['text: Seven head and neck areas, correct', 'text: Only the head and neck, correct'],
      );

      expect(warnings).toEqual([]);
    });
  });

  describe('negative stems', () => {
    it('is a warning when NOT, EXCEPT or LEAST is not emphasised', () => {
      const { warnings, quiz } = lint(['Where are the injections given?', 'Where are the injections not given?']);

      expect(warnings).toEqual([
        {
          file: lintedQuiz,
          line: lineOf(quiz, 'injections not given'),
          message: 'negative stem "not" is easy to miss: write it as NOT or **not**, or ask the question positively',
        },
      ]);
    });

    it.each(['Where are the injections NOT given?', 'Where are the injections **not** given?'])(
      'is accepted when emphasised: %s',
      (prompt) => {
        expect(lint(['Where are the injections given?', prompt]).warnings).toEqual([]);
      },
    );

    it('is accepted when the negation is in the history rather than the question', () => {
      const prompt = 'A woman has not responded to two preventives. Where are the injections given?';

      expect(lint(['Where are the injections given?', prompt]).warnings).toEqual([]);
    });
  });
});
