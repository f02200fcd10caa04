// A content folder (CONTENT_DIR) holding one small course whose every text the test chooses.
// The files are JSON, which YAML reads as it is, so any text goes in without quoting rules.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The one source passage that every lesson and question cites. */
export const PASSAGE = 'fact-1';

export const TEST_REFERENCE = {
  id: 'test-label',
  title: 'A label written for a test',
  publisher: 'Test Regulator',
  year: 2026,
  url: 'https://example.org/label',
  read: '2026-12-01',
};

/**
 * `appraisal`: the verdict and correction under the one passage (e.g. 'outdated. Now known otherwise [ref:test-label].');
 * `references`: the course's references.yaml entries.
 * `modules`: [{ slug, title, lessons: [{ slug, title, markdown }], quiz?: { slug, title, maxAttempts, questions } }],
 * where a question is { id, prompt, explanation, options: [{ id, text, correct }] }.
 */
export async function writeCourseFolder({
  slug,
  title,
  summary = 'A course written for a test.',
  appraisal = 'consistent.',
  references = [TEST_REFERENCE],
  modules,
}) {
  const root = await mkdtemp(path.join(tmpdir(), 'ptp-content-'));
  const courseDir = path.join(root, 'courses', slug);
  await mkdir(path.join(courseDir, 'modules'), { recursive: true });
  await mkdir(path.join(courseDir, 'quizzes'), { recursive: true });
  await writeFile(
    path.join(courseDir, 'source.md'),
    `---\ntitle: Test source\norigin: test.txt\npublisher: Not stated\ntype: other\ndate: undated\n---\n\n## Facts\n\n` +
      `[§${PASSAGE}] The one fact this course teaches.\n\n> Appraisal: ${appraisal}\n`,
  );
  await writeFile(path.join(courseDir, 'references.yaml'), JSON.stringify(references));
  const moduleFiles = [];
  for (const [index, module] of modules.entries()) {
    const file = `modules/${String(index + 1).padStart(2, '0')}-${module.slug}.md`;
    const quizFile = module.quiz && `quizzes/${module.quiz.slug}.yaml`;
    const frontMatter = { slug: module.slug, title: module.title, objectives: [`Learn ${module.slug}.`], ...(quizFile ? { quiz: quizFile } : {}) };
    const lessons = module.lessons.map((lesson) => `## ${lesson.title} {#${lesson.slug}}\n\nAs the source says [§${PASSAGE}].\n\n${lesson.markdown}\n`);
    await writeFile(path.join(courseDir, file), `---\n${JSON.stringify(frontMatter)}\n---\n\n${lessons.join('\n')}`);
    if (quizFile) await writeFile(path.join(courseDir, quizFile), JSON.stringify(quizDefinition(module.quiz)));
    moduleFiles.push(file);
  }
  const course = {
    slug,
    title,
    summary,
    audience: 'Testers.',
    scope: 'It qualifies nobody to do anything.',
    references: 'references.yaml',
    creditHours: 1,
    source: 'source.md',
    modules: moduleFiles,
    completion: { requireModuleQuizzes: true, requireFinalExam: false },
    certificate: { issue: 'approval', validityMonths: null, attestation: 'I completed this activity myself.' },
  };
  await writeFile(path.join(courseDir, 'course.yaml'), JSON.stringify(course));
  await writeFile(path.join(courseDir, 'accreditation.yaml'), JSON.stringify(accreditationOf(slug)));
  await writeFile(path.join(courseDir, 'disclosures.yaml'), JSON.stringify(disclosures));
  await writeFile(path.join(courseDir, 'evaluation.yaml'), JSON.stringify(evaluation));
  return { dir: root, remove: () => rm(root, { recursive: true, force: true }) };
}

function accreditationOf(slug) {
  return {
    provider: { name: 'A test provider', accredited: false },
    statement: 'The test provider is not accredited.',
    format: 'enduring-material',
    activityId: slug,
    credits: [{ type: 'participation', maximum: 1, designation: 'A certificate of participation.' }],
  };
}

const disclosures = {
  collected: new Date().toISOString().slice(0, 10),
  people: [{ name: 'A test author', roles: ['author'], relationships: 'none' }],
  commercialSupport: 'none',
};

const evaluation = {
  items: [
    { id: 'objectives-met', kind: 'rating', prompt: 'The objectives were met.', scale: ['Disagree', 'Agree'] },
    { id: 'free-of-bias', kind: 'yes-no', prompt: 'Was the content free of commercial bias?', purpose: 'commercial-bias' },
    { id: 'change', kind: 'text', prompt: 'What will you change?', purpose: 'commitment-to-change' },
  ],
};

function quizDefinition({ slug, title, maxAttempts = null, questions }) {
  return {
    slug,
    title,
    passingScore: 50,
    maxAttempts,
    cooldownMinutes: 0,
    timeLimitMinutes: null,
    drawCount: null,
    shuffleQuestions: false,
    shuffleOptions: false,
    feedback: 'after-submit',
    scoring: 'all-or-nothing',
    questions: questions.map((question) => ({ type: 'single-choice', passage: PASSAGE, ...question })),
  };
}
