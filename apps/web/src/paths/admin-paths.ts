export const usersPath = '/admin/users';
/** The OpenID Connect providers people sign in through. */
export const identityProvidersPath = '/admin/sign-in-providers';
/** The Learning Record Store xAPI statements go to, and their queue. */
export const learningRecordsPath = '/admin/learning-records';
/** The learning management systems that launch the tool (LTI 1.3). */
export const ltiPlatformsPath = '/admin/lti';
