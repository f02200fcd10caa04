// The API as a script calls it, for what a journey prepares without the pages.
import { turnOnTwoFactorByApi } from './two-factor.mjs';

/** Sends one operation, with the session's token when given; answers its data, or fails naming the errors. */
export async function graphql(platform, query, variables, token) {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await response.json();
  if (errors) throw new Error(`${query.slice(0, 40)}… refused: ${JSON.stringify(errors)}`);
  return data;
}

/** Signs an admin in with two-factor sign-in on, which admins need before they use their role; answers the session's token. */
export async function adminToken(platform, account) {
  return (await turnOnTwoFactorByApi(platform, account)).token;
}
