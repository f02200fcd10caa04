import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

const lessonFile = 'modules/01-mechanism.md';

describe('promotional language in lessons', () => {
  const tempDir = useTempDirs();
  const lintLessonWith = (sentence: string) => {
    const files = edit(validCourseFiles(), lessonFile, 'See also [§background-1].', `See also [§background-1].\n\n${sentence}`);
    const loaded = loadFiles(tempDir(), files);
    if (loaded.problems.length > 0) throw new Error(JSON.stringify(loaded.problems));
    return { ...loaded.lint, line: lineOf(files[lessonFile], sentence) };
  };

  describe('calls to action are errors', () => {
    it.each([
      ['contacting a sales representative', 'Ask your rep about dosing.', 'Ask your rep'],
      ['contacting a sales representative', 'Contact your representative for details.', 'Contact your representative'],
      ['ordering', 'Call now to arrange treatment.', 'Call now'],
      ['ordering', 'Order now for your clinic.', 'Order now'],
      ['offers', 'This limited-time offer ends soon.', 'limited-time offer'],
      ['offers', 'Clinics qualify for an exclusive offer.', 'exclusive offer'],
      ['offers', 'Clinics receive free samples.', 'free samples'],
      ["the manufacturer's site", "Visit the manufacturer's website for more.", "Visit the manufacturer's website"],
      ["the manufacturer's site", 'Visit www.example.com for dosing cards.', 'Visit www.example.com'],
    ])('%s: %s', (_family, sentence, phrase) => {
      const { errors, warnings, line } = lintLessonWith(sentence);

      expect(warnings).toEqual([]);
      expect(errors).toEqual([
        {
          file: lessonFile,
          line,
          message: `sales call to action "${phrase}": accredited education never sends learners to promotion`,
        },
      ]);
    });
  });

  it('makes a trademark sign in lesson text an error', () => {
    const { errors, line } = lintLessonWith('Botox® is given every 12 weeks [ref:botox-pi].');

    expect(errors).toEqual([
      {
        file: lessonFile,
        line,
        message: 'trademark sign "®" in lesson text: use the generic name, or the brand name without the sign',
      },
    ]);
  });

  describe('selling claims are warnings', () => {
    it.each([
      ['a ranking', 'It is the best-in-class preventive.', 'best-in-class'],
      ['a ranking', 'A market-leading injection.', 'market-leading'],
      ['a ranking', 'It is the leading treatment for chronic migraine.', 'the leading treatment'],
      ['a ranking', 'It is the #1 prescribed preventive [ref:botox-pi].', '#1 prescribed'],
      ['praise', 'A revolutionary way to prevent headaches.', 'revolutionary'],
      ['praise', 'This breakthrough changes migraine care.', 'breakthrough'],
    ])('%s: %s', (_family, sentence, phrase) => {
      const { errors, warnings, line } = lintLessonWith(sentence);

      expect(errors).toEqual([]);
      expect(warnings).toEqual([
        {
          file: lessonFile,
          line,
          message: `promotional claim "${phrase}": say what the evidence shows instead of praising the product`,
        },
      ]);
    });

    it('warns about "clinically proven" without a reference, not with one', () => {
      const uncited = lintLessonWith('The injections are clinically proven.');

      expect(uncited.warnings).toEqual([
        {
          file: lessonFile,
          line: uncited.line,
          message: '"clinically proven" without a [ref:id] in the same sentence: cite the trial and say what it showed',
        },
      ]);
      expect(lintLessonWith('The injections are clinically proven [ref:botox-pi].').warnings).toEqual([]);
    });
  });

  it.each([
    'Treat breakthrough headache with the patient’s usual acute medication.',
    'Breakthrough pain and breakthrough migraines still need a plan.',
    'Migraine is a leading cause of disability.',
    'The effect lasts for a limited time, so treatment is repeated.',
    'Patients should call their clinic if they cannot swallow.',
  ])('accepts clinical vocabulary: %s', (sentence) => {
    expect(lintLessonWith(sentence)).toMatchObject({ errors: [], warnings: [] });
  });

  it('accepts marketing quoted from a source to teach how to read it', () => {
    const sentence = 'The article calls the injections "revolutionary", ends with “ask your rep for free samples” and names "BOTOX®".';

    expect(lintLessonWith(sentence)).toMatchObject({ errors: [], warnings: [] });
  });
});
