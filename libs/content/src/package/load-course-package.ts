import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCourseFile, type ListedFile } from '../course/course-file';
import type { ContentProblem, CoursePackage, ModuleDefinition } from '../model';
import { readModuleFile, type ModuleFile } from '../modules/module-file';
import { duplicateProblems, problem, sortProblems, type KeyedLine } from '../problems';
import { readQuizFile, type QuizFile } from '../quizzes/quiz-file';
import { readReferencesFile } from '../references/references-file';
import { readSource } from '../source/read-source';
import { lintCourse } from '../lint/lint-course';
import type { LintFindings, LocatedLesson, LocatedQuiz } from '../lint/located';
import { readReviewedCitations, reviewedCitationsFile, type ReviewedCitationsFile } from '../reviews/reviewed-citations-file';
import { reviewFindings } from '../reviews/review-findings';
import { readAccreditationFiles } from '../accreditation/read-accreditation';
import { contentHash } from './content-hash';
import { estimateMinutes } from './learning-time';
import { unknownAnchorProblems, unknownReferenceProblems } from './package-checks';
import { isProblem, openListedFile, type OpenedFile } from './package-files';

export interface LoadedCoursePackage {
  /** null when the package has any problem. */
  package: CoursePackage | null;
  problems: ContentProblem[];
  /** The item-writing, citation and credit rules' findings; empty unless the package loaded. */
  lint: LintFindings;
  /** Citations of a passage or reference changed since the citing lesson or question was last reviewed. */
  needsReview: ContentProblem[];
}

interface ModuleWithQuiz {
  file: string;
  module: ModuleFile;
  quiz: QuizFile | null;
}

const nothingFound: LintFindings = { errors: [], warnings: [] };

/**
 * Reads and validates the course package in `dir`, collecting every problem in every file.
 * @param today YYYY-MM-DD, the day disclosures must be current on.
 */
export function loadCoursePackage(dir: string, today = new Date().toISOString().slice(0, 10)): LoadedCoursePackage {
  const courseDir = path.resolve(dir);
  const courseYaml = path.join(courseDir, 'course.yaml');
  if (!fs.existsSync(courseYaml)) {
    const missing = problem(courseYaml, 1, 'course.yaml is missing: every course folder needs one');
    return { package: null, problems: [missing], lint: nothingFound, needsReview: [] };
  }
  const course = readCourseFile(courseYaml, fs.readFileSync(courseYaml, 'utf8'), path.basename(courseDir));
  const problems: ContentProblem[] = [...course.problems];
  const open = (listedIn: string, listed: ListedFile): OpenedFile | null => {
    const opened = openListedFile(courseDir, listedIn, listed);
    if (!isProblem(opened)) return opened;
    problems.push(opened);
    return null;
  };
  const readQuiz = (listedIn: string, listed: ListedFile | null): QuizFile | null => {
    const opened = listed && open(listedIn, listed);
    if (!opened) return null;
    const quiz = readQuizFile(opened.file, opened.content);
    problems.push(...quiz.problems);
    return quiz;
  };

  const sourceFile = course.source && open(courseYaml, course.source);
  const source = sourceFile ? readSource(sourceFile.file, sourceFile.content) : null;
  problems.push(...(source?.problems ?? []));
  const referencesFile = course.references && open(courseYaml, course.references);
  const references = referencesFile ? readReferencesFile(referencesFile.file, referencesFile.content) : null;
  problems.push(...(references?.problems ?? []));

  const modules: ModuleWithQuiz[] = [];
  for (const listed of course.modules) {
    const opened = open(courseYaml, listed);
    if (!opened) continue;
    const module = readModuleFile(opened.file, opened.content);
    problems.push(...module.problems);
    modules.push({ file: opened.file, module, quiz: readQuiz(opened.file, module.quiz) });
  }
  const finalExam = readQuiz(courseYaml, course.finalExam);
  const reviewed = readReviewRecord(courseDir);
  problems.push(...(reviewed?.problems ?? []));
  const accredited = readAccreditationFiles(courseDir, course.settings?.creditHours ?? null, today);
  problems.push(...accredited.problems);

  const quizzes = [...modules.map((m) => m.quiz), finalExam].filter((quiz) => quiz !== null);
  problems.push(...duplicateProblems(slugsOf(modules.map((m) => m.module)), 'module slug'));
  problems.push(...duplicateProblems(slugsOf(quizzes), 'quiz slug'));
  problems.push(...duplicateProblems(modules.flatMap((m) => m.module.lessonSlugs), 'lesson slug'));
  if (source?.source && sourceFile) {
    const citations = [...modules.flatMap((m) => m.module.citations), ...quizzes.flatMap((quiz) => quiz.passages)];
    problems.push(...unknownAnchorProblems(citations, source.source, path.basename(sourceFile.file)));
  }
  if (references && referencesFile) {
    const cited = [
      ...(source?.source?.references ?? []),
      ...modules.flatMap((m) => m.module.references),
      ...quizzes.flatMap((quiz) => quiz.references),
    ];
    problems.push(...unknownReferenceProblems(cited, references.ids, path.basename(referencesFile.file)));
  }

  const { accreditation, disclosures, evaluation } = accredited;
  if (
    problems.length > 0 ||
    !course.settings ||
    !source?.source ||
    !references?.references ||
    !accreditation ||
    !disclosures ||
    !evaluation
  ) {
    return { package: null, problems: sortProblems(problems), lint: nothingFound, needsReview: [] };
  }
  const settings = course.settings;
  const moduleDefinitions = modules.map(({ module, quiz }, index): ModuleDefinition => ({
    slug: module.slug?.key ?? '',
    title: module.title,
    position: index + 1,
    objectives: module.objectives,
    lessons: module.lessons,
    quiz: quiz?.quiz ?? null,
  }));
  const exam = finalExam?.quiz ?? null;
  const coursePackage: CoursePackage = {
    slug: settings.slug,
    title: settings.title,
    summary: settings.summary,
    audience: settings.audience,
    scope: settings.scope,
    creditHours: settings.creditHours,
    completion: settings.completion,
    certificate: settings.certificate,
    accreditation,
    disclosures,
    evaluation,
    source: source.source.document,
    references: references.references,
    estimatedMinutes: estimateMinutes(moduleDefinitions, exam),
    modules: moduleDefinitions,
    finalExam: exam,
    contentHash: contentHash(courseDir),
    reviewedCitations: reviewed?.record ?? null,
  };
  const lessons: LocatedLesson[] = modules.flatMap(({ file, module }) =>
    module.lessons.map((lesson, index) => ({ lesson, file, firstLine: module.lessonLines[index] })),
  );
  const locatedQuizzes: LocatedQuiz[] = quizzes.flatMap((q) => (q.quiz ? [{ quiz: q.quiz, file: q.file, lineOf: q.lineOf }] : []));
  const lint = lintCourse({
    course: coursePackage,
    courseFile: courseYaml,
    creditHoursLine: course.creditHoursLine,
    referencesFile: referencesFile?.file ?? courseYaml,
    referenceLines: references.lines,
    lessons,
    quizzes: locatedQuizzes,
  });
  const review = reviewed?.record
    ? reviewFindings({
        course: coursePackage,
        record: reviewed.record,
        recordFile: reviewed.file,
        reviewLines: reviewed.reviewLines,
        lessons,
        quizzes: locatedQuizzes,
        sourceFile: sourceFile!.file,
        anchorLines: source.source.anchorLines,
        referencesFile: referencesFile!.file,
        referenceLines: references.lines,
      })
    : { needsReview: [], warnings: [] };
  return {
    package: coursePackage,
    problems: [],
    lint: { errors: sortProblems(lint.errors), warnings: sortProblems([...lint.warnings, ...review.warnings]) },
    needsReview: sortProblems(review.needsReview),
  };
}

/** The course's record of reviewed citations, when it has one. */
function readReviewRecord(courseDir: string): (ReviewedCitationsFile & { file: string }) | null {
  const file = path.join(courseDir, reviewedCitationsFile);
  if (!fs.existsSync(file)) return null;
  return { ...readReviewedCitations(file, fs.readFileSync(file, 'utf8')), file };
}

function slugsOf(files: { slug: KeyedLine | null }[]): KeyedLine[] {
  return files.flatMap((file) => (file.slug ? [file.slug] : []));
}
