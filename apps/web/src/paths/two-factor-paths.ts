/** Turning two-factor sign-in on and off, and the recovery codes. */
export const twoFactorPath = '/account/two-factor';
