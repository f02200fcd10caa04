/** Courses as the API returns them, with every field any page selects. Ids derive from slugs. */

export interface ReferenceData {
  key: string;
  number: number;
  title: string;
  publisher: string;
  year: number;
  identifier: string | null;
  url: string | null;
  readOn: string;
}

export interface PassageData {
  id: string;
  anchor: string;
  section: string;
  text: string;
  appraisal: {
    verdict: 'CONSISTENT' | 'OUTDATED' | 'INCORRECT' | 'UNSUPPORTED' | 'PROMOTIONAL';
    correctionHtml: string | null;
    references: ReferenceData[];
  } | null;
}

export interface LessonData {
  id: string;
  slug: string;
  title: string;
  position: number;
  html: string;
  sourcePassages: PassageData[];
  references: ReferenceData[];
}

export interface QuizData {
  id: string;
  title: string;
  passingScore: number;
  maxAttempts: number | null;
  timeLimitSeconds: number | null;
  questionCount: number;
  version: number;
  /** The viewer's attempts, first to last. */
  myAttempts: {
    id: string;
    attemptNumber: number;
    status: 'IN_PROGRESS' | 'SUBMITTED' | 'EXPIRED';
    score: number | null;
    passed: boolean | null;
  }[];
}

export interface ModuleData {
  id: string;
  slug: string;
  title: string;
  position: number;
  objectives: string[];
  lessons: LessonData[];
  quiz: QuizData | null;
}

export interface CourseData {
  id: string;
  slug: string;
  title: string;
  summary: string;
  creditHours: number;
  version: number;
  sourceTitle: string;
  attestation: string;
  audience: string | null;
  scope: string | null;
  sourceProvenance: { publisher: string; type: string; date: string } | null;
  estimatedMinutes: number | null;
  references: ReferenceData[];
  modules: ModuleData[];
  finalQuiz: QuizData | null;
}

export function buildReference(key: string, number: number, overrides: Partial<ReferenceData> = {}): ReferenceData {
  return {
    key,
    number,
    title: `The reference ${key}`,
    publisher: 'A journal',
    year: 2020,
    identifier: null,
    url: `https://example.org/${key}`,
    readOn: '2026-12-07',
    ...overrides,
  };
}

export function buildPassage(anchor: string, overrides: Partial<PassageData> = {}): PassageData {
  return {
    id: `passage:${anchor}`,
    anchor,
    section: 'Botox in migraine',
    text: `The passage ${anchor}.`,
    appraisal: { verdict: 'CONSISTENT', correctionHtml: null, references: [] },
    ...overrides,
  };
}

/** The lesson's text cites each of its passages once, in order, as the server renders citations. */
export function buildLesson(slug: string, overrides: Partial<LessonData> = {}): LessonData {
  const sourcePassages = overrides.sourcePassages ?? [buildPassage(`${slug}-source`)];
  const citations = sourcePassages
    .map(({ anchor }, index) => `<a class="passage-ref" href="#passage-${anchor}" aria-label="Source passage ${index + 1}">${index + 1}</a>`)
    .join(' ');
  return {
    id: `lesson:${slug}`,
    slug,
    title: `Lesson ${slug}`,
    position: 1,
    html: `<p>What the lesson ${slug} teaches. ${citations}</p>`,
    sourcePassages,
    references: [],
    ...overrides,
  };
}

export function buildQuiz(title: string, overrides: Partial<QuizData> = {}): QuizData {
  return {
    id: `quiz:${title}`,
    title,
    passingScore: 80,
    maxAttempts: 3,
    timeLimitSeconds: null,
    questionCount: 5,
    version: 1,
    myAttempts: [],
    ...overrides,
  };
}

export function buildModule(slug: string, overrides: Partial<ModuleData> = {}): ModuleData {
  return {
    id: `module:${slug}`,
    slug,
    title: `Module ${slug}`,
    position: 1,
    objectives: [],
    lessons: [buildLesson(`${slug}-lesson`)],
    quiz: null,
    ...overrides,
  };
}

export function buildCourse(slug: string, overrides: Partial<CourseData> = {}): CourseData {
  return {
    id: `course:${slug}`,
    slug,
    title: `Course ${slug}`,
    summary: `What the course ${slug} covers.`,
    creditHours: 1,
    version: 1,
    sourceTitle: 'Botox injections for chronic migraine',
    attestation: 'I completed this activity myself.',
    audience: 'Neurologists and headache specialists.',
    scope: 'It does not train injection technique.',
    sourceProvenance: { publisher: 'Not stated', type: 'promotional article', date: 'undated' },
    estimatedMinutes: 75,
    references: [],
    modules: [buildModule(`${slug}-module`)],
    finalQuiz: null,
    ...overrides,
  };
}
