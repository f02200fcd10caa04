/** The evaluation and credit claim of a course, as the API returns them. */
import type { ClaimCreditMutation, CourseEvaluationFormQuery, CreditClaimOptionsQuery, SubmitEvaluationMutation } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type CreditClaimOptionsData = ApiShape<CreditClaimOptionsQuery['creditClaimOptions']>;
export type CourseEvaluationData = ApiShape<CourseEvaluationFormQuery['courseEvaluation']>;

export interface CreditClaimApiData {
  creditClaimOptions?: CreditClaimOptionsData;
  courseEvaluation?: CourseEvaluationData;
  submitEvaluation?: ApiShape<SubmitEvaluationMutation['submitEvaluation']>;
  claimCredit?: ApiShape<ClaimCreditMutation['claimCredit']>;
}

export const participationDesignation = 'Learners who complete the activity receive a certificate of participation for up to 2 hours.';

/** A learner holding the course's certificate, at the step `blocker` names; 45 minutes measured. */
export function buildClaimOptions(overrides: Partial<CreditClaimOptionsData> = {}): CreditClaimOptionsData {
  return {
    certificateCode: '7KQ2-M9XD-4TRB-HW3N-F',
    blocker: null,
    measuredMinutes: 45,
    offers: [
      { type: 'AMA_PRA_CATEGORY_1', maximum: 2, designation: 'The provider designates this enduring material for a maximum of 2 AMA PRA Category 1 Credits™.', openToProfession: false },
      { type: 'PARTICIPATION', maximum: 2, designation: participationDesignation, openToProfession: true },
    ],
    claim: null,
    ...overrides,
  };
}

export const evaluationForm: CourseEvaluationData = {
  version: 1,
  submittedAt: null,
  items: [
    { id: 'objectives-met', kind: 'RATING', prompt: 'The activity met its stated learning objectives.', scale: ['Disagree', 'Neutral', 'Agree'], required: true },
    { id: 'free-of-bias', kind: 'YES_NO', prompt: 'Was the content free of commercial bias?', scale: [], required: true },
    { id: 'change', kind: 'TEXT', prompt: 'What is one change you will make in your practice?', scale: [], required: false },
  ],
};
