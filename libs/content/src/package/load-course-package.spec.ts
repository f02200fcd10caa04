import * as fs from 'node:fs';
import * as path from 'node:path';
import { edit, fixtureSlug, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';
import { loadCoursePackage } from './load-course-package';

describe('loadCoursePackage', () => {
  const tempDir = useTempDirs();

  it('loads a valid package into the model the API imports', () => {
    const { package: course, problems } = loadFiles(tempDir(), validCourseFiles());

    expect(problems).toEqual([]);
    expect(course).toMatchObject({
      slug: fixtureSlug,
      creditHours: 0.2,
      completion: { requireModuleQuizzes: true, requireFinalExam: true },
      certificate: { issue: 'AUTOMATIC', validityMonths: 24 },
      audience: 'Physicians who treat adults with headache.',
      scope: 'Explains treatment choices; does not qualify anyone to inject.',
      source: {
        title: 'Botox injections for chronic migraine',
        origin: 'article.txt',
        provenance: { publisher: "Not stated (a training vendor's website)", type: 'promotional article', date: 'undated' },
      },
    });
    expect(course?.source.passages[1]).toEqual({
      anchor: 'migraine-mediation',
      section: 'Background',
      text: 'Migraines are mediated by the release of serotonin; botox has no effect on it.',
      appraisal: {
        verdict: 'OUTDATED',
        correction: 'Current models centre on the trigeminovascular system\nand CGRP [ref:goadsby-2017].',
        referenceIds: ['goadsby-2017'],
      },
    });
    expect(course?.source.passages[0].appraisal).toEqual({ verdict: 'CONSISTENT', correction: null, referenceIds: [] });
    expect(course?.references.map((r) => r.id)).toEqual(['botox-pi', 'ichd-3', 'goadsby-2017']);
    expect(course?.references[2]).toEqual({
      id: 'goadsby-2017',
      title: 'Pathophysiology of migraine: a disorder of sensory processing',
      publisher: 'Physiological Reviews',
      year: 2017,
      identifier: 'doi:10.1152/physrev.00034.2015',
      url: 'https://doi.org/10.1152/physrev.00034.2015',
      readOn: '2026-12-06',
    });
    expect(course?.references[0]).toMatchObject({ identifier: null, url: 'https://www.rxabbvie.com/pdf/botox_pi.pdf' });
    expect(course?.modules.map((m) => [m.slug, m.position])).toEqual([
      ['mechanism', 1],
      ['treatment', 2],
    ]);
    const [whatItIs, migraine] = course?.modules[0].lessons ?? [];
    expect(whatItIs).toMatchObject({ slug: 'what-it-is', title: 'What botulinum toxin is', position: 1 });
    expect(migraine.passageAnchors).toEqual(['migraine-mediation', 'background-1']);
    expect(migraine.markdown).toBe(
      'It does not act on serotonin [§migraine-mediation], yet it reduces pain [§migraine-mediation].\nSee also [§background-1].\nCurrent models centre on CGRP [ref:goadsby-2017].',
    );
    expect(whatItIs.referenceIds).toEqual([]);
    expect(migraine.referenceIds).toEqual(['goadsby-2017']);
    expect(course?.modules[1].lessons[0].referenceIds).toEqual(['botox-pi', 'ichd-3']);
  });

  it('turns quiz YAML into definitions with seconds and upper-case enums', () => {
    const quiz = loadFiles(tempDir(), validCourseFiles()).package?.modules[0].quiz;

    expect(quiz).toMatchObject({
      slug: 'mechanism-quiz',
      cooldownSeconds: 300,
      timeLimitSeconds: 600,
      feedback: 'AFTER_SUBMIT',
      scoring: 'PARTIAL_CREDIT',
    });
    expect(quiz?.questions.map((q) => q.type)).toEqual([
      'SINGLE_CHOICE',
      'MULTIPLE_CHOICE',
      'TRUE_FALSE',
      'NUMERIC',
      'SHORT_TEXT',
    ]);
    const [single, , trueFalse, numeric, shortText] = quiz?.questions ?? [];
    expect(single.options[1]).toEqual({ id: 'b', text: 'Staphylococcus aureus', correct: false });
    expect(trueFalse.options).toEqual([
      { id: 'true', text: 'True', correct: false },
      { id: 'false', text: 'False', correct: true },
    ]);
    expect(numeric.numericAnswer).toEqual({ value: 39, tolerance: 0 });
    expect(trueFalse).toMatchObject({ passageAnchor: null, referenceIds: ['goadsby-2017'] });
    expect(shortText).toMatchObject({
      key: 'organism-name',
      passageAnchor: 'background-1',
      referenceIds: [],
      acceptedAnswers: ['Clostridium botulinum', 'C. botulinum'],
    });
  });

  it('reads the final exam with a numeric range and no time limit', () => {
    const exam = loadFiles(tempDir(), validCourseFiles()).package?.finalExam;

    expect(exam).toMatchObject({
      slug: 'final-exam',
      maxAttempts: null,
      timeLimitSeconds: null,
      drawCount: 1,
      feedback: 'AFTER_PASS',
    });
    expect(exam?.questions[0].numericAnswer).toEqual({ min: 15, max: 16 });
  });

  it('hashes the package so that only a change to its files changes the hash', () => {
    const first = loadFiles(tempDir(), validCourseFiles());
    const same = loadFiles(tempDir(), validCourseFiles());
    fs.appendFileSync(path.join(first.courseDir, 'source.md'), '\n');

    expect(first.package?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(same.package?.contentHash).toBe(first.package?.contentHash);
    expect(loadCoursePackage(first.courseDir).package?.contentHash).not.toBe(first.package?.contentHash);
  });

  it('reports a file listed in course.yaml that does not exist, on the line that lists it', () => {
    const files = validCourseFiles();
    delete files['modules/02-treatment.md'];

    const { package: course, problems } = loadFiles(tempDir(), files);

    expect(course).toBeNull();
    expect(problems).toEqual([
      {
        file: 'course.yaml',
        line: lineOf(files['course.yaml'], '02-treatment'),
        message: 'modules/02-treatment.md does not exist',
      },
    ]);
  });

  it('reports a quiz named by a module that does not exist, in the module file', () => {
    const files = edit(
      validCourseFiles(),
      'modules/02-treatment.md',
      'quizzes/02-treatment.yaml',
      'quizzes/missing.yaml',
    );

    expect(loadFiles(tempDir(), files).problems).toEqual([
      { file: 'modules/02-treatment.md', line: 6, message: 'quizzes/missing.yaml does not exist' },
    ]);
  });

  it('refuses a listed path that leaves the course folder', () => {
    const files = edit(validCourseFiles(), 'course.yaml', 'source: source.md', 'source: ../source.md');

    expect(loadFiles(tempDir(), files).problems).toContainEqual({
      file: 'course.yaml',
      line: 5,
      message: '../source.md is outside the course folder',
    });
  });

  it('reports a course slug that differs from its folder name', () => {
    const { problems } = loadFiles(tempDir(), validCourseFiles(), 'other-folder');

    expect(problems).toEqual([
      { file: 'course.yaml', line: 1, message: `slug "${fixtureSlug}" must equal the folder name "other-folder"` },
    ]);
  });

  it('reports a folder without course.yaml', () => {
    const files = validCourseFiles();
    delete files['course.yaml'];

    expect(loadFiles(tempDir(), files).problems).toEqual([
      { file: 'course.yaml', line: 1, message: 'course.yaml is missing: every course folder needs one' },
    ]);
  });

  it('reports two modules with the same slug', () => {
    const files = edit(validCourseFiles(), 'modules/02-treatment.md', 'slug: treatment', 'slug: mechanism');

    expect(loadFiles(tempDir(), files).problems).toEqual([
      {
        file: 'modules/02-treatment.md',
        line: 2,
        message: 'duplicate module slug "mechanism" (first at 01-mechanism.md:2)',
      },
    ]);
  });

  it('reports two lessons with the same slug in different modules, since lesson addresses are per course', () => {
    const files = edit(validCourseFiles(), 'modules/02-treatment.md', '{#candidates}', '{#migraine}');

    expect(loadFiles(tempDir(), files).problems).toEqual([
      {
        file: 'modules/02-treatment.md',
        line: 9,
        message: 'duplicate lesson slug "migraine" (first at 01-mechanism.md:13)',
      },
    ]);
  });

  it('reports two quizzes of the course with the same slug', () => {
    const files = edit(validCourseFiles(), 'quizzes/final-exam.yaml', 'slug: final-exam', 'slug: treatment-quiz');

    expect(loadFiles(tempDir(), files).problems).toEqual([
      {
        file: 'quizzes/final-exam.yaml',
        line: 1,
        message: 'duplicate quiz slug "treatment-quiz" (first at 02-treatment.yaml:1)',
      },
    ]);
  });

  it('reports a question that tests a passage the source does not have', () => {
    const files = edit(
      validCourseFiles(),
      'quizzes/01-mechanism.yaml',
      'passage: injection-points',
      'passage: injection-sites',
    );

    expect(loadFiles(tempDir(), files).problems).toEqual([
      {
        file: 'quizzes/01-mechanism.yaml',
        line: lineOf(files['quizzes/01-mechanism.yaml'], 'injection-sites'),
        message: 'unknown passage anchor "injection-sites": source.md has no [§injection-sites]',
      },
    ]);
  });

  it('reports a lesson citation of a passage the source does not have', () => {
    const files = edit(
      validCourseFiles(),
      'modules/01-mechanism.md',
      'See also [§background-1]',
      'See also [§background-9]',
    );

    expect(loadFiles(tempDir(), files).problems).toEqual([
      {
        file: 'modules/01-mechanism.md',
        line: lineOf(files['modules/01-mechanism.md'], 'See also'),
        message: 'unknown passage anchor "background-9": source.md has no [§background-9]',
      },
    ]);
  });

  it('collects every problem in every file instead of stopping at the first', () => {
    let files = edit(validCourseFiles(), 'course.yaml', 'creditHours: 0.2', 'creditHours: 0');
    files = edit(files, 'quizzes/01-mechanism.yaml', 'passingScore: 80', 'passingScore: 180');
    files = edit(files, 'quizzes/final-exam.yaml', 'passage: injection-points', 'passage: nowhere');
    files = edit(files, 'modules/02-treatment.md', 'Chronic migraine', '<b>Chronic</b> migraine');
    files = edit(files, 'source.md', '[§candidates]', '[§background-1]');

    const { package: course, problems } = loadFiles(tempDir(), files);

    expect(course).toBeNull();
    const lesson = lineOf(files['modules/02-treatment.md'], '<b>');
    expect(problems).toEqual([
      { file: 'course.yaml', line: 4, message: 'creditHours: must be more than 0' },
      { file: 'modules/02-treatment.md', line: lesson, message: 'raw HTML is not allowed in lessons: <b>' },
      { file: 'modules/02-treatment.md', line: lesson, message: 'raw HTML is not allowed in lessons: </b>' },
      {
        file: 'modules/02-treatment.md',
        line: lesson,
        message: 'unknown passage anchor "candidates": source.md has no [§candidates]',
      },
      { file: 'quizzes/01-mechanism.yaml', line: 3, message: 'passingScore: must be between 0 and 100' },
      {
        file: 'quizzes/02-treatment.yaml',
        line: 16,
        message: 'unknown passage anchor "candidates": source.md has no [§candidates]',
      },
      {
        file: 'quizzes/final-exam.yaml',
        line: 16,
        message: 'unknown passage anchor "nowhere": source.md has no [§nowhere]',
      },
      {
        file: 'source.md',
        line: lineOf(files['source.md'], '[§background-1]', 2),
        message: `duplicate passage anchor "background-1" (first at line ${lineOf(files['source.md'], '[§background-1]')})`,
      },
    ]);
  });
});
