import type { AppraisalVerdict } from '../gql/graphql';

/** How each verdict reads beside a passage: a learner sees at a glance whether to believe it. */
export const appraisalWords: Record<AppraisalVerdict, { label: string; tone: 'agrees' | 'disputes' | 'neutral' }> = {
  CONSISTENT: { label: 'Consistent with current evidence', tone: 'agrees' },
  OUTDATED: { label: 'Outdated', tone: 'disputes' },
  INCORRECT: { label: 'Incorrect', tone: 'disputes' },
  UNSUPPORTED: { label: 'Unsupported by evidence', tone: 'disputes' },
  PROMOTIONAL: { label: 'Promotional, not a claim to learn', tone: 'neutral' },
};
