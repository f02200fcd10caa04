import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

const quizFile = 'quizzes/01-mechanism.yaml';
const examFile = 'quizzes/final-exam.yaml';

describe('quiz files', () => {
  const tempDir = useTempDirs();

  /** Problems after one edit of a quiz, each expected on the line holding `at` in the edited file. */
  const problemsAfter = (file: string, from: string, to: string) => {
    const files = edit(validCourseFiles(), file, from, to);
    return { problems: loadFiles(tempDir(), files).problems, line: (at: string) => lineOf(files[file], at) };
  };

  it('reports a passing score outside 0-100', () => {
    const { problems } = problemsAfter(quizFile, 'passingScore: 80', 'passingScore: -1');

    expect(problems).toEqual([{ file: quizFile, line: 3, message: 'passingScore: must be between 0 and 100' }]);
  });

  it('reports an unknown question type', () => {
    const { problems, line } = problemsAfter(quizFile, 'type: numeric', 'type: essay');

    expect(problems).toEqual([
      {
        file: quizFile,
        line: line('type: essay'),
        message:
          'questions[3].type: unknown type "essay" (use single-choice, multiple-choice, true-false, numeric, short-text)',
      },
    ]);
  });

  it('reports a question without an explanation', () => {
    const { problems, line } = problemsAfter(quizFile, '    explanation: Up to 39.\n', '');

    expect(problems).toEqual([
      { file: quizFile, line: line('id: injection-points'), message: 'questions[3]: missing field "explanation"' },
    ]);
  });

  it('reports two questions with the same id', () => {
    const { problems, line } = problemsAfter(quizFile, 'id: serotonin', 'id: toxin-source');

    expect(problems).toEqual([
      {
        file: quizFile,
        line: lineOf(validCourseFiles()[quizFile], 'id: serotonin'),
        message: `duplicate question id "toxin-source" (first at line ${line('id: toxin-source')})`,
      },
    ]);
  });

  it('reports two options of a question with the same id', () => {
    const { problems, line } = problemsAfter(
      quizFile,
      '{ id: c, text: Botox has no effect',
      '{ id: a, text: Botox has no effect',
    );

    expect(problems).toEqual([
      {
        file: quizFile,
        line: line('Botox has no effect'),
        message: `duplicate option id "a" (first at line ${line('Serotonin mediates migraine, correct')})`,
      },
    ]);
  });

  it('reports a single-choice question with two correct options', () => {
    const { problems, line } = problemsAfter(
      quizFile,
      'text: Staphylococcus aureus }',
      'text: Staphylococcus aureus, correct: true }',
    );

    expect(problems).toEqual([
      {
        file: quizFile,
        line: line('options:'),
        message: 'questions[0].options: a single-choice question needs exactly one correct option, not 2',
      },
    ]);
  });

  it('reports a single-choice question with no correct option', () => {
    const { problems } = problemsAfter(
      quizFile,
      'text: Clostridium botulinum, correct: true }',
      'text: Clostridium botulinum }',
    );

    expect(problems.map((p) => p.message)).toEqual([
      'questions[0].options: a single-choice question needs exactly one correct option, not 0',
    ]);
  });

  it('reports a multiple-choice question with no correct option', () => {
    let files = edit(
      validCourseFiles(),
      quizFile,
      'Serotonin mediates migraine, correct: true',
      'Serotonin mediates migraine',
    );
    files = edit(files, quizFile, 'no effect on serotonin, correct: true', 'no effect on serotonin');

    expect(loadFiles(tempDir(), files).problems).toEqual([
      {
        file: quizFile,
        line: lineOf(files[quizFile], 'options:', 2),
        message: 'questions[1].options: a multiple-choice question needs at least one correct option',
      },
    ]);
  });

  it('reports a choice question with a single option', () => {
    const { problems } = problemsAfter(quizFile, '      - { id: b, text: Staphylococcus aureus }\n', '');

    expect(problems.map((p) => p.message)).toEqual([
      'questions[0].options: a choice question needs at least two options',
    ]);
  });

  it('reports a numeric range whose min is greater than its max', () => {
    const { problems, line } = problemsAfter(examFile, '{ min: 15, max: 16 }', '{ min: 16, max: 15 }');

    expect(problems).toEqual([
      { file: examFile, line: line('min: 16'), message: 'questions[0].answer.min: min 16 is greater than max 15' },
    ]);
  });

  it('reports a negative tolerance', () => {
    const { problems, line } = problemsAfter(quizFile, 'tolerance: 0 }', 'tolerance: -2 }');

    expect(problems).toEqual([
      {
        file: quizFile,
        line: line('tolerance: -2'),
        message: 'questions[3].answer.tolerance: tolerance must not be negative',
      },
    ]);
  });

  it('reports a numeric answer that is neither a value nor a range', () => {
    const { problems } = problemsAfter(examFile, '{ min: 15, max: 16 }', '{ min: 15 }');

    expect(problems.map((p) => p.message)).toEqual([
      'questions[0].answer: a numeric answer needs { value, tolerance } or { min, max }',
    ]);
  });

  it('reports a short-text question with no accepted answers', () => {
    const { problems, line } = problemsAfter(
      quizFile,
      'acceptedAnswers: [Clostridium botulinum, C. botulinum]',
      'acceptedAnswers: []',
    );

    expect(problems).toEqual([
      {
        file: quizFile,
        line: line('acceptedAnswers'),
        message: 'questions[4].acceptedAnswers: a short-text question needs at least one accepted answer',
      },
    ]);
  });

  it('reports a true-false question whose answer is not a boolean', () => {
    const { problems, line } = problemsAfter(quizFile, 'answer: false', 'answer: "no"');

    expect(problems).toEqual([
      { file: quizFile, line: line('answer: "no"'), message: 'questions[2].answer: expected boolean, got "no"' },
    ]);
  });

  it('reports a true-false question without an answer', () => {
    const { problems, line } = problemsAfter(quizFile, '    answer: false\n', '');

    expect(problems).toEqual([
      { file: quizFile, line: line('id: serotonin'), message: 'questions[2]: missing field "answer"' },
    ]);
  });

  it('reports drawing more questions than the quiz has', () => {
    const { problems } = problemsAfter(examFile, 'drawCount: 1', 'drawCount: 2');

    expect(problems).toEqual([{ file: examFile, line: 7, message: 'drawCount: draws 2 questions from a pool of 1' }]);
  });

  it('accepts a question that cites references only, and one that cites a passage and references', () => {
    const { problems } = problemsAfter(
      quizFile,
      '    passage: injection-points\n',
      '    passage: injection-points\n    references: [botox-pi]\n',
    );

    expect(problems).toEqual([]);
  });

  it('refuses a question that cites neither a passage nor a reference', () => {
    const { problems, line } = problemsAfter(quizFile, '    references: [goadsby-2017]\n', '');

    expect(problems).toEqual([
      {
        file: quizFile,
        line: line('id: serotonin'),
        message: 'questions[2]: a question needs a passage, references, or both: name what supports its key',
      },
    ]);
  });

  it('refuses a question reference that references.yaml does not list, on its line', () => {
    const { problems, line } = problemsAfter(quizFile, 'references: [goadsby-2017]', 'references: [goadsby-2017, pi]');

    expect(problems).toEqual([
      { file: quizFile, line: line('references: [goadsby-2017, pi]'), message: 'unknown reference "pi": references.yaml has no id pi' },
    ]);
  });
});
