import { graphql } from '../../gql';
import type { CitationReviewFieldsFragment } from '../../gql/graphql';

/** A flagged citation as authoring shows it: who cites what, the text before and after, and its clearance. */
export const CitationReviewFragment = graphql(`
  fragment CitationReviewFields on CitationReview {
    id
    courseSlug
    courseVersion
    citingKind
    lessonSlug
    quizSlug
    questionKey
    citedKind
    citedKey
    reviewedText
    currentText
    flaggedAt
    clearance {
      clearedAt
      clearedBy
      clearedIn
      note
    }
  }
`);

export type CitationReviewData = CitationReviewFieldsFragment;

/** "passage basics-2", "reference botox-pi", as the course files name them. */
export function citedName(review: Pick<CitationReviewData, 'citedKind' | 'citedKey'>): string {
  return `${review.citedKind === 'PASSAGE' ? 'passage' : 'reference'} ${review.citedKey}`;
}
