import { lineOf, useTempDirs } from '../testing/course-fixture';
import { goodQuestions, lintedQuiz, lintQuestions } from '../testing/lint-fixture';

const numericDose = `  - id: dose-again
    type: numeric
    prompt: How many units make up one treatment session?
    passage: injection-points
    explanation: The label gives 155 units.
    answer: { value: 155, tolerance: 0 }
`;

describe('quiz-wide item-writing rules', () => {
  const tempDir = useTempDirs();

  describe('key position balance', () => {
    it('is an error when more than half of the single-choice keys sit in one position as written', () => {
      const { errors, quiz } = lintQuestions(tempDir(), goodQuestions, [
        ['- { id: a, text: 19 sites }\n      - { id: b, text: 31 sites, correct: true }', '- { id: b, text: 31 sites, correct: true }\n      - { id: a, text: 19 sites }'],
      ]);

      expect(errors).toEqual([
        {
          file: lintedQuiz,
          line: lineOf(quiz, 'questions:'),
          message:
            '2 of 3 single-choice keys are option 1 as written: spread the keys over the positions (at most half in any one)',
        },
      ]);
    });

    it('is accepted when the keys are spread, and for a quiz with a single single-choice item', () => {
      expect(lintQuestions(tempDir(), goodQuestions).errors).toEqual([]);
      expect(lintQuestions(tempDir(), goodQuestions.split('  - id: sites')[0]).errors).toEqual([]);
    });
  });

  describe('a figure tested more than once', () => {
    it('is a warning on the later item whose key repeats an earlier key figure', () => {
      const { warnings, quiz } = lintQuestions(tempDir(), goodQuestions + numericDose);

      expect(warnings).toEqual([
        {
          file: lintedQuiz,
          line: lineOf(quiz, 'id: dose-again'),
          message: 'the key tests 155 again (also keyed by dose): test each fact once per quiz',
        },
      ]);
    });

    it('is accepted when each key figure is tested once', () => {
      const other = numericDose.replace('value: 155', 'value: 39').replace('units make up one treatment session', 'points does the article list, at most');

      expect(lintQuestions(tempDir(), goodQuestions + other).warnings).toEqual([]);
    });
  });
});
