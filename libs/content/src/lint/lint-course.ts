import type { CoursePackage } from '../model';
import { creditAllowance, describeLearningTime } from '../package/learning-time';
import { checkCitationSupport, collectCitedTexts } from './citation-support';
import { checkItemWriting } from './item-rules';
import { citesReference, lessonUnits } from './lesson-units';
import { findings, type Findings, type LintFindings, type LocatedLesson, type LocatedQuiz, questionsOf } from './located';
import { describeNumbers, numbersIn } from './numbers';
import { checkPromotionalLanguage } from './promotional-language';
import { checkKeyPositions, checkRepeatedNumbers } from './quiz-rules';

export interface LintInput {
  course: CoursePackage;
  courseFile: string;
  creditHoursLine: number;
  referencesFile: string;
  referenceLines: Map<string, number>;
  lessons: LocatedLesson[];
  quizzes: LocatedQuiz[];
}

/** The item-writing, citation and credit rules, run on a package that has no structural problems. */
export function lintCourse(input: LintInput): LintFindings {
  const found = findings();
  const cited = collectCitedTexts(input.course.source, input.lessons);
  for (const quiz of input.quizzes) {
    checkKeyPositions(quiz, found);
    checkRepeatedNumbers(quiz, found);
    for (const item of questionsOf(quiz)) {
      checkItemWriting(item, found);
      checkCitationSupport(item, cited, found);
    }
  }
  checkLessonNumbers(input.lessons, found);
  checkPromotionalLanguage(input.lessons, found);
  checkUncitedReferences(input, found);
  checkCreditHours(input, found);
  return { errors: found.errors, warnings: found.warnings };
}

/** Units, sites, intervals, thresholds and rates come with the reference they are from (issue 13). */
function checkLessonNumbers(lessons: LocatedLesson[], found: Findings): void {
  for (const { lesson, file, firstLine } of lessons) {
    for (const unit of lessonUnits(lesson.markdown, firstLine)) {
      const numbers = numbersIn(unit.text);
      if (numbers.length === 0 || citesReference(unit)) continue;
      const message = `${describeNumbers(numbers)} without a [ref:id] in the same sentence or list item: cite where the figure comes from`;
      found.warn(file, unit.line, message);
    }
  }
}

function checkUncitedReferences(input: LintInput, found: Findings): void {
  const { course } = input;
  const cited = new Set([
    ...course.source.passages.flatMap((p) => p.appraisal.referenceIds),
    ...input.lessons.flatMap(({ lesson }) => lesson.referenceIds),
    ...input.quizzes.flatMap(({ quiz }) => quiz.questions.flatMap((q) => q.referenceIds)),
  ]);
  for (const reference of course.references) {
    if (cited.has(reference.id)) continue;
    const line = input.referenceLines.get(reference.id) ?? 1;
    found.warn(input.referencesFile, line, `reference ${reference.id} is never cited: cite it or remove it`);
  }
}

function checkCreditHours(input: LintInput, found: Findings): void {
  const { creditHours, estimatedMinutes } = input.course;
  if (creditHours * 60 <= estimatedMinutes * creditAllowance) return;
  const message = `creditHours ${creditHours} (${creditHours * 60} min) is more than a quarter above the estimated learning time: ${describeLearningTime(input.course)}`;
  found.warn(input.courseFile, input.creditHoursLine, message);
}
