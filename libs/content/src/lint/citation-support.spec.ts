import { lineOf, useTempDirs } from '../testing/course-fixture';
import { goodQuestions, lintedQuiz, lintQuestions } from '../testing/lint-fixture';

const dose = goodQuestions.split('  - id: sites')[0];

describe('citation support', () => {
  const tempDir = useTempDirs();
  const lint = (questions: string, ...edits: [string, string][]) => lintQuestions(tempDir(), questions, edits);

  it("is an error when a figure of the key is not in the cited passage or its appraisal's correction", () => {
    const { errors, quiz } = lint(dose, ['text: 155 units, correct', 'text: 150 units, correct']);

    expect(errors).toEqual([
      {
        file: lintedQuiz,
        line: lineOf(quiz, 'id: dose'),
        message: "the key's 150 is not in [§injection-points]: cite the text that states it",
      },
    ]);
  });

  it("accepts a figure found in the passage's appraisal correction", () => {
    expect(lint(dose).errors).toEqual([]);
  });

  it('reads a cited reference as the lesson sentences and corrections that cite it', () => {
    const byReference = (id: string) => dose.replace('passage: injection-points', `references: [${id}]`);

    expect(lint(byReference('botox-pi')).errors).toEqual([]);
    expect(lint(byReference('ichd-3')).errors).toEqual([
      {
        file: lintedQuiz,
        line: 1 + lineOf(lint(byReference('ichd-3')).quiz, 'questions:'),
        message: "the key's 155 is not in the course text citing [ref:ichd-3]: cite the text that states it",
      },
    ]);
  });

  it('is an error when no cited figure falls within a numeric answer', () => {
    const numeric = `  - id: points
    type: numeric
    prompt: How many injection points does the article give, at most?
    passage: injection-points
    explanation: Up to 39.
    answer: { min: 40, max: 45 }
`;

    expect(lint(numeric).errors).toEqual([
      {
        file: lintedQuiz,
        line: lineOf(numeric, 'id: points') + 12,
        message: 'no figure between 40 and 45 in [§injection-points]: cite the text that states the answer',
      },
    ]);
    expect(lint(numeric.replace('{ min: 40, max: 45 }', '{ min: 35, max: 40 }')).errors).toEqual([]);
  });

  it("warns when most of the key's terms are not in what the question cites", () => {
    const { warnings, quiz } = lint(goodQuestions, [
      'text: Seven head and neck areas, correct',
      'text: Trapezius and occipital zones, correct',
    ]);

    expect(warnings).toEqual([
      {
        file: lintedQuiz,
        line: lineOf(quiz, 'id: areas'),
        message:
          "most of the key's terms (trapezius, occipital, zones) are not in [§injection-points]: does the citation support the key?",
      },
    ]);
  });
});
