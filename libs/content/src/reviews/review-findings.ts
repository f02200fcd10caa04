import type { LocatedLesson, LocatedQuiz } from '../lint/located';
import type { ContentProblem, CoursePackage } from '../model';
import { problem } from '../problems';
import { itemKey, sourceKey, type SourceCitation } from './cited-sources';
import { citationReviewStates, staleReviews, unrecordedSources } from './review-status';
import { reviewedCitationsFile, type ReviewedCitations } from './reviewed-citations-file';

export interface ReviewFindingsInput {
  course: CoursePackage;
  record: ReviewedCitations;
  recordFile: string;
  reviewLines: number[];
  lessons: LocatedLesson[];
  quizzes: LocatedQuiz[];
  sourceFile: string;
  anchorLines: Map<string, number>;
  referencesFile: string;
  referenceLines: Map<string, number>;
}

export interface ReviewFindings {
  /** Citations of a passage or reference that changed since the citing item was last reviewed. */
  needsReview: ContentProblem[];
  /** Passages and references the record lacks, and reviews of citations that are gone. */
  warnings: ContentProblem[];
}

/** What `content:check` says about a course's record of reviewed citations, each on the line it concerns. */
export function reviewFindings(input: ReviewFindingsInput): ReviewFindings {
  const needsReview = citationReviewStates(input.course, input.record)
    .filter((state) => state.needsReview)
    .map((state) => {
      const { by, on } = state.reviewed!.signature;
      const message = `${itemKey(state.item)} cites ${sourceKey(state.cited)}, which changed since it was last reviewed (${by}, ${on})`;
      const where = citationLine(input, state);
      return problem(where.file, where.line, message);
    });
  const unrecorded = unrecordedSources(input.course, input.record).map((source) => {
    const [file, lines] = source.kind === 'PASSAGE' ? [input.sourceFile, input.anchorLines] : [input.referencesFile, input.referenceLines];
    const message = `${sourceKey(source)} is not in ${reviewedCitationsFile}, so a change to it would not be flagged: record it with npm run content:review -- <course folder> --sources`;
    return problem(file, lines.get(source.key) ?? 1, message);
  });
  const reviewIndex = new Map(input.record.reviews.map((review, index) => [review, index]));
  const stale = staleReviews(input.course, input.record).map((review) =>
    problem(
      input.recordFile,
      input.reviewLines[reviewIndex.get(review)!] ?? 1,
      `${itemKey(review.item)} no longer cites ${sourceKey(review.cited)}: the next content:review drops this review`,
    ),
  );
  return { needsReview, warnings: [...unrecorded, ...stale] };
}

/** The line of the citation itself: the lesson line that cites it, or the question's passage or references field. */
function citationLine(input: ReviewFindingsInput, { item, cited }: SourceCitation): { file: string; line: number } {
  if (item.kind === 'LESSON') {
    const located = input.lessons.find(({ lesson }) => lesson.slug === item.slug)!;
    const written = cited.kind === 'PASSAGE' ? `[§${cited.key}]` : `[ref:${cited.key}]`;
    const offset = located.lesson.markdown.split('\n').findIndex((line) => line.includes(written));
    return { file: located.file, line: located.firstLine + Math.max(offset, 0) };
  }
  const located = input.quizzes.find(({ quiz }) => quiz.slug === item.quizSlug)!;
  const index = located.quiz.questions.findIndex((question) => question.key === item.key);
  const field = cited.kind === 'PASSAGE' ? 'passage' : 'references';
  return { file: located.file, line: located.lineOf(['questions', index, field]) };
}
