export const usersPath = '/admin/users';
/** The OpenID Connect providers people sign in through. */
export const identityProvidersPath = '/admin/sign-in-providers';
/** The Learning Record Store xAPI statements go to, and their queue. */
export const learningRecordsPath = '/admin/learning-records';
