export const usersPath = '/admin/users';
/** The OpenID Connect providers people sign in through. */
export const identityProvidersPath = '/admin/sign-in-providers';
