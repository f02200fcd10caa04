// A learning management system for journeys, on a free port of 127.0.0.1 (another site than the
// tool's localhost, as an LMS is): a course page whose links open the tool in a new window
// through LTI 1.3's third-party login, an authentication endpoint that posts a signed id token
// back, its public key set, and a deep-linking return that checks the tool's signature.
import { createServer } from 'node:http';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const PEOPLE = {
  learner: { sub: 'moodle-user-204', name: 'Amara Nwosu', email: 'amara.nwosu@trust.example.org', roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'] },
  instructor: { sub: 'moodle-user-11', name: 'Dr Lena Park', email: 'lena.park@trust.example.org', roles: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'] },
};

/** `tool`: the addresses the LMS admin entered; `courseUrl`: where the course link leads. Answers the registration values and what the LMS received. */
export async function startLtiPlatform({ tool, courseUrl }) {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'moodle-1', alg: 'RS256', use: 'sig' }] };
  const toolKeys = createRemoteJWKSet(new URL(tool.keySetUrl));
  const registration = { issuer, clientId: 'moodle-client-7', deploymentId: '1', loginUrl: `${issuer}/auth`, accessTokenUrl: `${issuer}/token`, keySetUrl: `${issuer}/jwks` };
  const placed = [];

  const links = {
    course: { who: 'learner', message: 'LtiResourceLinkRequest', target: courseUrl, title: 'Migraine training' },
    placement: { who: 'instructor', message: 'LtiDeepLinkingRequest', target: tool.launchUrl, title: 'Add training content' },
  };

  function idToken(link, nonce) {
    const person = PEOPLE[link.who];
    const claims = {
      sub: person.sub,
      name: person.name,
      email: person.email,
      nonce,
      [`${LTI}message_type`]: link.message,
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: registration.deploymentId,
      [`${LTI}target_link_uri`]: link.target,
      [`${LTI}roles`]: person.roles,
      [`${LTI}resource_link`]: { id: `link-${link.who}` },
      ...(link.message === 'LtiDeepLinkingRequest' && {
        'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': { deep_link_return_url: `${issuer}/deep-links`, accept_types: ['ltiResourceLink'], data: 'section-3' },
      }),
    };
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'moodle-1' }).setIssuer(issuer).setAudience(registration.clientId).setIssuedAt().setExpirationTime('5m').sign(privateKey);
  }

  const routes = {
    'GET /course': () =>
      page(
        'Neurology nursing',
        `<h1>Neurology nursing</h1><ul>${Object.entries(links)
          .map(([name, link]) => `<li><a href="/launch/${name}" target="_blank">${link.title}</a></li>`)
          .join('')}</ul>`,
      ),
    'GET /launch': (url) => {
      const name = url.pathname.split('/')[2];
      const link = links[name];
      const fields = { iss: issuer, login_hint: name, target_link_uri: link.target, client_id: registration.clientId, lti_deployment_id: registration.deploymentId };
      return autoPost(tool.loginUrl, fields);
    },
    'GET /auth': async (url) => {
      const ask = url.searchParams;
      const link = links[ask.get('login_hint')];
      const wrong = ['scope=openid', 'response_type=id_token', 'response_mode=form_post', 'prompt=none'].find((pair) => ask.get(pair.split('=')[0]) !== pair.split('=')[1]);
      if (wrong || !link || ask.get('client_id') !== registration.clientId || ask.get('redirect_uri') !== tool.launchUrl) return [400, 'text/plain', `Refused: ${wrong ?? 'client or redirect'}`];
      return autoPost(tool.launchUrl, { id_token: await idToken(link, ask.get('nonce')), state: ask.get('state') });
    },
    'GET /jwks': () => [200, 'application/json', JSON.stringify(jwks)],
    'POST /deep-links': async (_url, body) => {
      const { payload } = await jwtVerify(new URLSearchParams(body).get('JWT'), toolKeys, { issuer: registration.clientId, audience: issuer });
      placed.push(payload);
      const [item] = payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'];
      return page('Content added', `<h1>Content added</h1><p>Placed: ${item.title}</p>`);
    },
  };

  server.on('request', (request, response) => {
    const url = new URL(request.url, issuer);
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      const route = routes[`${request.method} /${url.pathname.split('/')[1]}`];
      const [status, type, text] = route ? await Promise.resolve().then(() => route(url, body)).catch((error) => [400, 'text/plain', error.message]) : [404, 'text/plain', 'not found'];
      response.writeHead(status, { 'content-type': type });
      response.end(text);
    });
  });
  return { ...registration, people: PEOPLE, placed, stop: () => new Promise((resolve) => server.close(resolve)) };
}

function page(title, main) {
  return [200, 'text/html', `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main>${main}</main></body></html>`];
}

/** The LMS's auto-posting page: the browser carries the form to the tool, as LTI's front channel does. */
function autoPost(action, fields) {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${String(value).replace(/"/g, '&quot;')}">`)
    .join('');
  return page('Opening the tool', `<form method="post" action="${action}">${inputs}<noscript><button>Continue</button></noscript></form><script>document.forms[0].submit()</script>`);
}
