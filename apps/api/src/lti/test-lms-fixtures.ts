import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWTPayload } from 'jose';

/**
 * A learning management system on a random port, playing the platform side of LTI 1.3 with its
 * own RSA key: it publishes its key set, answers the tool's authentication request by posting a
 * signed id token back (as an auto-posting page would), grants access tokens only for a client
 * assertion that verifies against the tool's published keys, takes scores only with such a token
 * and the score media type, and verifies deep-linking answers. It shares no code with the tool.
 */

export interface LmsScore {
  lineItem: string;
  body: Record<string, unknown>;
}

/** Changes the claims of the next id token; `signWith: 'stranger'` signs it with a key the LMS never published. */
export type IdTokenChange = (claims: Record<string, unknown>) => void;

export interface LaunchOf {
  subject: string;
  name?: string;
  email?: string;
  roles?: string[];
  targetLinkUri: string;
  resourceLinkId?: string;
  lineItem?: string | null;
  messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  data?: string;
}

export interface TestLms {
  issuer: string;
  clientId: string;
  deploymentId: string;
  loginUrl: string;
  accessTokenUrl: string;
  keySetUrl: string;
  /** The LMS's own page for a line item of `name`. */
  lineItemUrl(name: string): string;
  /** The parameters of a third-party initiated login for this launch, as the LMS sends them to the tool. */
  initiate(launch: LaunchOf): Record<string, string>;
  /** Answers the tool's authentication request as the LMS does: the form it posts to the tool. */
  authorize(authenticationRequest: string): Promise<{ action: string; fields: Record<string, string> }>;
  changeNextIdToken(change: IdTokenChange, signWith?: 'own' | 'stranger'): void;
  /** Makes the next `count` score posts fail with HTTP 503. */
  failScores(count: number): void;
  scores: LmsScore[];
  /** Score posts answered with a failure, by failScores. */
  refusedScores: number;
  tokenRequests: number;
  deepLinkingAnswers: JWTPayload[];
  close(): Promise<void>;
}

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';

export async function startTestLms(tool: { keySetUrl: string; launchUrl: string }): Promise<TestLms> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const own = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256');
  const kid = 'lms-key-1';
  const publicJwk = { ...(await exportJWK(own.publicKey)), kid, alg: 'RS256', use: 'sig' };
  const toolKeys = createRemoteJWKSet(new URL(tool.keySetUrl));
  const clientId = 'training-platform-tool';
  const deploymentId = 'deployment-1';
  const launches = new Map<string, LaunchOf>();
  const tokens = new Set<string>();
  let change: { claims: IdTokenChange; signWith: 'own' | 'stranger' } | null = null;
  let failures = 0;

  const lms: TestLms = {
    issuer,
    clientId,
    deploymentId,
    loginUrl: `${issuer}/auth`,
    accessTokenUrl: `${issuer}/token`,
    keySetUrl: `${issuer}/jwks`,
    lineItemUrl: (name) => `${issuer}/courses/7/lineitems/${name}?type=quiz`,
    scores: [],
    refusedScores: 0,
    tokenRequests: 0,
    deepLinkingAnswers: [],
    initiate(launch) {
      const loginHint = randomBytes(8).toString('hex');
      launches.set(loginHint, launch);
      return { iss: issuer, login_hint: loginHint, target_link_uri: launch.targetLinkUri, client_id: clientId, lti_deployment_id: deploymentId };
    },
    async authorize(authenticationRequest) {
      const answer = await fetch(authenticationRequest, { redirect: 'manual' });
      const page = await answer.text();
      if (answer.status !== 200) throw new Error(`The LMS refused the authentication request: ${page}`);
      const action = /action="([^"]+)"/.exec(page)![1];
      const fields = Object.fromEntries([...page.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [name, value]));
      return { action, fields };
    },
    changeNextIdToken(claims, signWith = 'own') {
      change = { claims, signWith };
    },
    failScores(count) {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  async function idToken(launch: LaunchOf, nonce: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      iss: issuer,
      aud: clientId,
      iat: now,
      exp: now + 300,
      sub: launch.subject,
      nonce,
      name: launch.name,
      email: launch.email,
      [`${LTI}message_type`]: launch.messageType ?? 'LtiResourceLinkRequest',
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: deploymentId,
      [`${LTI}target_link_uri`]: launch.targetLinkUri,
      [`${LTI}roles`]: launch.roles ?? ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
      [`${LTI}resource_link`]: { id: launch.resourceLinkId ?? 'link-1', title: 'Migraine training' },
      [`${LTI}context`]: { id: 'course-7', title: 'Neurology nursing' },
    };
    if (launch.lineItem) claims['https://purl.imsglobal.org/spec/lti-ags/claim/endpoint'] = { scope: [SCORE_SCOPE], lineitem: launch.lineItem };
    if (launch.messageType === 'LtiDeepLinkingRequest') {
      claims['https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings'] = {
        deep_link_return_url: `${issuer}/deep-links`,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['window'],
        data: launch.data,
      };
    }
    const changing = change;
    change = null;
    changing?.claims(claims);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .sign(changing?.signWith === 'stranger' ? stranger.privateKey : own.privateKey);
  }

  async function answerAuthentication(url: URL, response: ServerResponse): Promise<void> {
    const ask = url.searchParams;
    const expected = { scope: 'openid', response_type: 'id_token', response_mode: 'form_post', prompt: 'none', client_id: clientId, redirect_uri: tool.launchUrl };
    const wrong = Object.entries(expected).find(([name, value]) => ask.get(name) !== value);
    const launch = launches.get(ask.get('login_hint') ?? '');
    if (wrong || !launch || !ask.get('nonce') || !ask.get('state')) return send(response, 400, `Refused: ${wrong?.[0] ?? 'login_hint, nonce or state'}`);
    const token = await idToken(launch, ask.get('nonce')!);
    send(response, 200, `<form method="post" action="${tool.launchUrl}"><input type="hidden" name="id_token" value="${token}"><input type="hidden" name="state" value="${ask.get('state')}"></form>`);
  }

  async function grantToken(form: URLSearchParams, response: ServerResponse): Promise<void> {
    lms.tokenRequests += 1;
    if (form.get('grant_type') !== 'client_credentials' || form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return send(response, 400, JSON.stringify({ error: 'unsupported_grant_type' }));
    }
    try {
      await jwtVerify(form.get('client_assertion') ?? '', toolKeys, { issuer: clientId, subject: clientId, audience: lms.accessTokenUrl, requiredClaims: ['jti', 'exp', 'iat'] });
    } catch {
      return send(response, 401, JSON.stringify({ error: 'invalid_client' }));
    }
    if (form.get('scope') !== SCORE_SCOPE) return send(response, 400, JSON.stringify({ error: 'invalid_scope' }));
    const accessToken = randomBytes(16).toString('hex');
    tokens.add(accessToken);
    send(response, 200, JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope: SCORE_SCOPE }), 'application/json');
  }

  function takeScore(url: URL, request: IncomingMessage, body: string, response: ServerResponse): void {
    if (!tokens.has((request.headers.authorization ?? '').replace(/^Bearer /, ''))) return send(response, 401, 'unknown token');
    if (request.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') return send(response, 415, 'not a score');
    if (failures > 0) {
      failures -= 1;
      lms.refusedScores += 1;
      return send(response, 503, 'busy');
    }
    lms.scores.push({ lineItem: `${issuer}${url.pathname.replace(/\/scores$/, '')}${url.search}`, body: JSON.parse(body) });
    send(response, 200, '{}', 'application/json');
  }

  async function takeDeepLink(form: URLSearchParams, response: ServerResponse): Promise<void> {
    try {
      const { payload } = await jwtVerify(form.get('JWT') ?? '', toolKeys, { issuer: clientId, audience: issuer });
      lms.deepLinkingAnswers.push(payload);
      send(response, 200, 'Placed.');
    } catch (error) {
      send(response, 400, `Refused: ${(error as Error).message}`);
    }
  }

  server.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const form = new URLSearchParams(body);
      const handled =
        request.method === 'GET' && url.pathname === '/jwks'
          ? send(response, 200, JSON.stringify({ keys: [publicJwk] }), 'application/json')
          : request.method === 'GET' && url.pathname === '/auth'
            ? answerAuthentication(url, response)
            : request.method === 'POST' && url.pathname === '/token'
              ? grantToken(form, response)
              : request.method === 'POST' && url.pathname.endsWith('/scores')
                ? takeScore(url, request, body, response)
                : request.method === 'POST' && url.pathname === '/deep-links'
                  ? takeDeepLink(form, response)
                  : send(response, 404, 'not found');
      Promise.resolve(handled).catch((error: Error) => send(response, 500, error.message));
    });
  });
  return lms;
}

function send(response: ServerResponse, status: number, body: string, type = 'text/html'): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}
