import type { CoursePackage } from '../model';
import { fingerprintOf, passageReviewText, referenceReviewText } from './fingerprint';

export type CitingItem = { kind: 'LESSON'; slug: string } | { kind: 'QUESTION'; quizSlug: string; key: string };

export type CitedKind = 'PASSAGE' | 'REFERENCE';

/** A passage or reference of a package as citing items rely on it. */
export interface CitedSource {
  kind: CitedKind;
  /** The passage's anchor or the reference's id. */
  key: string;
  reviewText: string;
  fingerprint: string;
}

/** One lesson or question citing one passage or reference. */
export interface SourceCitation {
  item: CitingItem;
  cited: CitedSource;
}

/** Every passage and reference of a package, passages first, each in its file's order. */
export function citedSources(course: CoursePackage): CitedSource[] {
  const passages = course.source.passages.map((passage): CitedSource => {
    const reviewText = passageReviewText(passage);
    return { kind: 'PASSAGE', key: passage.anchor, reviewText, fingerprint: fingerprintOf(reviewText) };
  });
  const references = course.references.map((reference): CitedSource => {
    const reviewText = referenceReviewText(reference);
    return { kind: 'REFERENCE', key: reference.id, reviewText, fingerprint: fingerprintOf(reviewText) };
  });
  return [...passages, ...references];
}

/** Every citation of a passage or reference by a lesson or question, lessons first, in teaching order. */
export function sourceCitations(course: CoursePackage): SourceCitation[] {
  const sources = new Map(citedSources(course).map((source) => [sourceKey(source), source]));
  const cite = (item: CitingItem, kind: CitedKind, keys: readonly string[]) =>
    keys.flatMap((key) => {
      const cited = sources.get(sourceKey({ kind, key }));
      return cited ? [{ item, cited }] : [];
    });
  const lessons = course.modules.flatMap((module) =>
    module.lessons.flatMap((lesson) => {
      const item: CitingItem = { kind: 'LESSON', slug: lesson.slug };
      return [...cite(item, 'PASSAGE', lesson.passageAnchors), ...cite(item, 'REFERENCE', lesson.referenceIds)];
    }),
  );
  const quizzes = [...course.modules.map((module) => module.quiz), course.finalExam].filter((quiz) => quiz !== null);
  const questions = quizzes.flatMap((quiz) =>
    quiz.questions.flatMap((question) => {
      const item: CitingItem = { kind: 'QUESTION', quizSlug: quiz.slug, key: question.key };
      const passages = question.passageAnchor ? [question.passageAnchor] : [];
      return [...cite(item, 'PASSAGE', passages), ...cite(item, 'REFERENCE', question.referenceIds)];
    }),
  );
  return [...lessons, ...questions];
}

/** `passage background-1`, `reference botox-pi`: how files and messages name what is cited. */
export function sourceKey(source: { kind: CitedKind; key: string }): string {
  return `${source.kind === 'PASSAGE' ? 'passage' : 'reference'} ${source.key}`;
}

/** `lesson what-it-is`, `question mechanism-quiz/toxin-source`. */
export function itemKey(item: CitingItem): string {
  return item.kind === 'LESSON' ? `lesson ${item.slug}` : `question ${item.quizSlug}/${item.key}`;
}
