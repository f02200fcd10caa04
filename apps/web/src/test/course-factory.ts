/** Courses as the API returns them, with every field any page selects. Ids derive from slugs. */

import type {
  AttemptPageQuery,
  AttestationPromptFragment,
  AuthorQuizzesQuery,
  CatalogQuery,
  CertificateCoursesQuery,
  CohortCourseQuery,
  CourseOutlineQuery,
  LessonReaderQuery,
  QuizIntroQuery,
  ReportCoursesQuery,
} from '../gql/graphql';
import type { ApiShape } from './api-shape';

type CourseSelections = ApiShape<
  NonNullable<CourseOutlineQuery['course']> &
    NonNullable<LessonReaderQuery['course']> &
    NonNullable<QuizIntroQuery['course']> &
    NonNullable<AttemptPageQuery['course']> &
    NonNullable<CohortCourseQuery['course']> &
    CatalogQuery['courses'][number] &
    AuthorQuizzesQuery['courses'][number] &
    ReportCoursesQuery['courses'][number] &
    CertificateCoursesQuery['courses'][number] &
    AttestationPromptFragment['course']
>;

/** The viewer's progress is built apart, by the progress factory. */
export type CourseData = Omit<CourseSelections, 'myProgress'>;
export type ModuleData = CourseData['modules'][number];
export type LessonData = ModuleData['lessons'][number];
export type QuizData = NonNullable<ModuleData['quiz']>;
export type PassageData = LessonData['sourcePassages'][number];
export type ReferenceData = CourseData['references'][number];

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
    version: 1,
    creditHours: 1,
    sourceTitle: 'Botox injections for chronic migraine',
    attestation: 'I completed this activity myself.',
    audience: 'Neurologists and headache specialists.',
    scope: 'It does not train injection technique.',
    sourceProvenance: { publisher: 'Not stated', type: 'promotional article', date: 'undated' },
    estimatedMinutes: 75,
    references: [],
    accreditation: null,
    disclosures: null,
    disclosuresAcknowledgedAt: null,
    life: { releasedAt: '2026-01-15T09:00:00.000Z', lastReviewedAt: '2026-02-01T09:00:00.000Z', terminatesAt: '2029-02-01T09:00:00.000Z', terminated: false },
    modules: [buildModule(`${slug}-module`)],
    finalQuiz: null,
    ...overrides,
  };
}
