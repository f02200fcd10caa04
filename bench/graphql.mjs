// Requests as the web app sends them: JSON POSTs with a Bearer session token.

export function jsonPost(path, token, payload) {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  };
}

export function graphqlRequest(token, query, variables = {}) {
  return jsonPost('/graphql', token, { query, variables });
}

/** One call whose errors stop the bench: setting up a scenario must not fail quietly. */
export async function graphql(url, token, query, variables) {
  const { method, headers, body } = graphqlRequest(token, query, variables);
  const response = await fetch(`${url}/graphql`, { method, headers, body });
  const result = await response.json();
  if (result.errors) throw new Error(`GraphQL: ${result.errors.map((error) => error.message).join('; ')}`);
  return result.data;
}
