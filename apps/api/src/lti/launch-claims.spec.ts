import { CLAIM, mayPlaceContent, readLaunch, SCORE_SCOPE, targetOf } from './launch-claims';
import { scoresUrlOf } from './lti-scores.service';

const platform = { clientId: 'tool-1', deploymentIds: ['d1'] };
const launch = (claims: Record<string, unknown> = {}) => ({
  aud: 'tool-1',
  sub: 'user-7',
  [CLAIM.messageType]: 'LtiResourceLinkRequest',
  [CLAIM.version]: '1.3.0',
  [CLAIM.deploymentId]: 'd1',
  [CLAIM.roles]: [],
  [CLAIM.resourceLink]: { id: 'link-1' },
  [CLAIM.targetLinkUri]: 'https://training.example.org/courses/migraine',
  ...claims,
});

describe('reading an LTI 1.3 launch', () => {
  it('takes the line item only when the platform grants the score scope', () => {
    const endpoint = (scope: string[]) => ({ [CLAIM.scoreEndpoint]: { scope, lineitem: 'https://lms.example.org/lineitems/4?x=1' } });
    expect(readLaunch(launch(endpoint([SCORE_SCOPE])), platform)).toMatchObject({ kind: 'resource', lineItemUrl: 'https://lms.example.org/lineitems/4?x=1' });
    expect(readLaunch(launch(endpoint(['https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly'])), platform)).toMatchObject({ lineItemUrl: null });
  });

  it('accepts several audiences only with this tool as the authorised party', () => {
    expect(() => readLaunch(launch({ aud: ['tool-1', 'other'] }), platform)).toThrow(expect.objectContaining({ code: 'LTI_AUDIENCE_INVALID' }));
    expect(readLaunch(launch({ aud: ['tool-1', 'other'], azp: 'tool-1' }), platform).kind).toBe('resource');
  });

  it('refuses a deep-linking request whose LMS takes no LTI resource links', () => {
    const settings = { deep_link_return_url: 'https://lms.example.org/return', accept_types: ['file'] };
    expect(() => readLaunch(launch({ [CLAIM.messageType]: 'LtiDeepLinkingRequest', [CLAIM.deepLinkingSettings]: settings }), platform)).toThrow(
      expect.objectContaining({ code: 'LTI_MESSAGE_INVALID' }),
    );
  });

  it('leads to a course or quiz page of this site, or to the course a custom claim names', () => {
    const site = 'https://training.example.org';
    expect(targetOf({ targetLinkUri: `${site}/courses/migraine/quizzes/q-1`, custom: {} }, site)).toEqual({ courseSlug: 'migraine', quizId: 'q-1' });
    expect(targetOf({ targetLinkUri: 'https://elsewhere.example.org/courses/migraine', custom: {} }, site)).toBeNull();
    expect(targetOf({ targetLinkUri: `${site}/lti/launch`, custom: { course: 'migraine' } }, site)).toEqual({ courseSlug: 'migraine', quizId: null });
  });

  it('lets LMS instructors and course designers place content, not learners', () => {
    expect(mayPlaceContent(['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'])).toBe(true);
    expect(mayPlaceContent(['http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper'])).toBe(true);
    expect(mayPlaceContent(['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'])).toBe(false);
  });

  it('posts scores to the line item’s path plus /scores, keeping its query', () => {
    expect(scoresUrlOf('https://lms.example.org/lineitems/4?type=quiz')).toBe('https://lms.example.org/lineitems/4/scores?type=quiz');
  });
});
