// The API as a script calls it, for what a journey prepares without the pages.
import { generate } from 'otplib';

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

/**
 * Signs an admin in and turns two-factor sign-in on, which admins need before they use their role,
 * with a code made from the setup key as an authenticator app would; answers the session's token.
 */
export async function adminToken(platform, { email, password }) {
  const { signIn } = await graphql(platform, 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', {
    email,
    password,
  });
  const { startTwoFactorSetup } = await graphql(platform, 'mutation { startTwoFactorSetup { secret } }', {}, signIn.token);
  const code = await generate({ secret: startTwoFactorSetup.secret });
  await graphql(platform, 'mutation ($code: String!) { confirmTwoFactorSetup(code: $code) { codes } }', { code }, signIn.token);
  return signIn.token;
}
