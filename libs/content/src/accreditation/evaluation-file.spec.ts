import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';
import { readEvaluationFile } from './evaluation-file';

const validForm = validCourseFiles()['evaluation.yaml'];
const read = (form: string) => readEvaluationFile('evaluation.yaml', form);
const problemsAfter = (from: string, to: string) => {
  const form = edit({ form: validForm }, 'form', from, to).form;
  return { problems: read(form).problems, line: (at: string, occurrence?: number) => lineOf(form, at, occurrence) };
};
const textItem = (id: string) => `  - id: ${id}\n    kind: text\n    prompt: Anything else?\n`;

describe('evaluation.yaml', () => {
  const tempDir = useTempDirs();

  it('loads the form into the package, rating and yes-no items required and text optional by default', () => {
    const { package: course, problems } = loadFiles(tempDir(), validCourseFiles());

    expect(problems).toEqual([]);
    expect(course?.evaluation).toEqual({
      items: [
        {
          id: 'objectives-met',
          kind: 'RATING',
          prompt: 'The activity met its learning objectives.',
          scale: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'],
          required: true,
          purpose: null,
        },
        {
          id: 'free-of-bias',
          kind: 'YES_NO',
          prompt: 'Was the content free of commercial bias?',
          scale: [],
          required: true,
          purpose: 'COMMERCIAL_BIAS',
        },
        {
          id: 'change',
          kind: 'TEXT',
          prompt: 'What is one change you will make in your practice as a result of this activity?',
          scale: [],
          required: false,
          purpose: 'COMMITMENT_TO_CHANGE',
        },
      ],
    });
  });

  it('keeps a required stated in the file, and a scale shared through a YAML alias', () => {
    const form = edit(
      { form: validForm },
      'form',
      'scale: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]',
      'scale: &agreement [Disagree, Agree]\n  - id: relevant\n    kind: rating\n    prompt: Relevant to me.\n    scale: *agreement\n    required: false',
    ).form;

    const items = read(form).evaluation?.items;
    expect(items?.find((entry) => entry.id === 'relevant')).toMatchObject({ scale: ['Disagree', 'Agree'], required: false });
  });

  it('is part of the content hash, so a changed form is released as a new course version', () => {
    const files = validCourseFiles();
    const reworded = edit(files, 'evaluation.yaml', 'met its learning objectives', 'met each learning objective');

    expect(loadFiles(tempDir(), reworded).package?.contentHash).not.toBe(loadFiles(tempDir(), files).package?.contentHash);
  });

  it('is required in every course folder', () => {
    const { 'evaluation.yaml': _, ...withoutForm } = validCourseFiles();

    expect(loadFiles(tempDir(), withoutForm).problems).toEqual([
      { file: 'evaluation.yaml', line: 1, message: 'evaluation.yaml is missing: every course folder needs one (see FORMAT.md)' },
    ]);
  });

  it('refuses an item id used twice, on the line of the repeat', () => {
    const { problems, line } = problemsAfter('  - id: change\n', `${textItem('objectives-met')}  - id: change\n`);

    expect(problems).toEqual([
      {
        file: 'evaluation.yaml',
        line: line('id: objectives-met', 2),
        message: `duplicate item id "objectives-met" (first at line ${line('id: objectives-met')})`,
      },
    ]);
  });

  it('refuses an id that is not lower-case words joined by hyphens', () => {
    const { problems, line } = problemsAfter('id: objectives-met', 'id: Objectives met');

    expect(problems).toEqual([
      { file: 'evaluation.yaml', line: line('Objectives met'), message: 'items[0].id: use lowercase letters, digits and single hyphens' },
    ]);
  });

  it('refuses a form without a rating item', () => {
    const rating = validForm.slice(validForm.indexOf('kind: rating'), validForm.indexOf('  - id: free-of-bias'));
    const { problems, line } = problemsAfter(rating, 'kind: text\n    prompt: The objectives were met.\n');

    expect(problems).toEqual([{ file: 'evaluation.yaml', line: line('items:'), message: 'items: needs at least one rating item' }]);
  });

  it('refuses a form without the commercial-bias question, or with two', () => {
    const without = problemsAfter('    purpose: commercial-bias\n', '');
    const secondBiasItem = '  - id: still-free\n    kind: yes-no\n    prompt: Free of bias?\n    purpose: commercial-bias\n';
    const twice = problemsAfter('  - id: change\n', `${secondBiasItem}  - id: change\n`);

    expect(without.problems).toEqual([
      {
        file: 'evaluation.yaml',
        line: without.line('items:'),
        message: 'items: needs a yes-no item with purpose commercial-bias (was the content free of commercial bias?)',
      },
    ]);
    expect(twice.problems).toEqual([
      {
        file: 'evaluation.yaml',
        line: twice.line('purpose: commercial-bias', 2),
        message: 'items[2].purpose: only one item may have purpose commercial-bias',
      },
    ]);
  });

  it('refuses a form without the commitment-to-change question', () => {
    const { problems, line } = problemsAfter('    purpose: commitment-to-change\n', '');

    expect(problems).toEqual([
      {
        file: 'evaluation.yaml',
        line: line('items:'),
        message: 'items: needs a text item with purpose commitment-to-change (what will you change in your practice?)',
      },
    ]);
  });

  it('refuses a purpose on an item of another kind', () => {
    const { problems, line } = problemsAfter('kind: yes-no', 'kind: text');

    expect(problems).toContainEqual({
      file: 'evaluation.yaml',
      line: line('purpose: commercial-bias'),
      message: 'items[1].purpose: commercial-bias belongs on a yes-no item',
    });
  });

  it('refuses a rating without a scale, a scale on another kind, and a scale outside 2 to 10 labels', () => {
    const scale = 'scale: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]';
    const withoutScale = problemsAfter(`    ${scale}\n`, '');
    const scaleOnYesNo = problemsAfter('    purpose: commercial-bias\n', `    purpose: commercial-bias\n    ${scale}\n`);
    const oneLabel = problemsAfter(scale, 'scale: [Agree]');

    expect(withoutScale.problems).toEqual([
      { file: 'evaluation.yaml', line: withoutScale.line('id: objectives-met'), message: 'items[0]: a rating needs a scale: its labels, lowest first' },
    ]);
    expect(scaleOnYesNo.problems).toEqual([
      { file: 'evaluation.yaml', line: scaleOnYesNo.line(scale, 2), message: 'items[1].scale: only a rating has a scale' },
    ]);
    expect(oneLabel.problems).toEqual([
      { file: 'evaluation.yaml', line: oneLabel.line('scale: [Agree]'), message: 'items[0].scale: needs 2 to 10 labels' },
    ]);
  });

  it('refuses an empty prompt', () => {
    const { problems, line } = problemsAfter('prompt: Was the content free of commercial bias?', 'prompt: ""');

    expect(problems).toEqual([{ file: 'evaluation.yaml', line: line('prompt: ""'), message: 'items[1].prompt: must not be empty' }]);
  });

  it('refuses more than 20 items', () => {
    const extra = Array.from({ length: 18 }, (_, index) => textItem(`comment-${index + 1}`)).join('');
    const { problems, line } = problemsAfter('  - id: change\n', `${extra}  - id: change\n`);

    expect(problems).toEqual([{ file: 'evaluation.yaml', line: line('items:'), message: 'items: at most 20 items' }]);
  });
});
