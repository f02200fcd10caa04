/** Credit reports as the API returns them. */
import type { CourseEvaluationResultsQuery, CreditActivityChoicesQuery, CreditSummaryQuery, EvaluationResultsFieldsFragment } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type CreditActivityData = ApiShape<CreditActivityChoicesQuery['creditActivities'][number]>;
export type CreditSummaryData = ApiShape<CreditSummaryQuery['activityCreditSummary']>;
type EvaluationResultsData = ApiShape<EvaluationResultsFieldsFragment>;

export interface CreditReportApiData {
  creditActivities?: CreditActivityData[];
  activityCreditSummary?: CreditSummaryData;
  courseEvaluationResults?: ApiShape<CourseEvaluationResultsQuery['courseEvaluationResults']>;
}

export function buildCreditActivity(activityId: string, courseTitle: string): CreditActivityData {
  return { activityId, courseTitle };
}

/** A version's evaluations: a rating, a yes-or-no question and the commitment to change, each answered by `responses` learners. */
export function buildEvaluationResults(version: number, comments: string[]): EvaluationResultsData {
  const responses = comments.length;
  return {
    version,
    responses,
    items: [
      {
        itemId: 'objectives-met',
        kind: 'RATING',
        prompt: 'The activity met its stated learning objectives.',
        purpose: null,
        answered: responses,
        ratings: [
          { value: 1, label: 'Disagree', count: 0 },
          { value: 2, label: 'Agree', count: responses },
        ],
        meanRating: responses ? 2 : null,
        yes: 0,
        no: 0,
        comments: [],
      },
      {
        itemId: 'free-of-bias',
        kind: 'YES_NO',
        prompt: 'Was the content free of commercial bias?',
        purpose: 'COMMERCIAL_BIAS',
        answered: responses,
        ratings: [],
        meanRating: null,
        yes: responses,
        no: 0,
        comments: [],
      },
      {
        itemId: 'change',
        kind: 'TEXT',
        prompt: 'What will you change in your practice?',
        purpose: 'COMMITMENT_TO_CHANGE',
        answered: responses,
        ratings: [],
        meanRating: null,
        yes: 0,
        no: 0,
        comments,
      },
    ],
  };
}

export function buildCreditSummary(activityId: string, overrides: Partial<CreditSummaryData> = {}): CreditSummaryData {
  return {
    activityId,
    learners: 3,
    learnersByProfession: [
      { profession: 'PHYSICIAN', learners: 2 },
      { profession: 'NURSE_PRACTITIONER', learners: 1 },
    ],
    creditsByType: [
      { creditType: 'AMA_PRA_CATEGORY_1', claims: 2, totalAmount: 2.75 },
      { creditType: 'NURSING_CONTACT_HOURS', claims: 1, totalAmount: 1 },
    ],
    evaluations: [buildEvaluationResults(2, ['Inject at the occipital sites too.', 'Review the follow-up interval.'])],
    ...overrides,
  };
}
