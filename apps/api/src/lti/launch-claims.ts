import { LtiRefusal } from './lti-refusal';

/** The claims of LTI 1.3 Core, Deep Linking 2.0 and Assignment and Grade Services 2.0 the tool reads. */
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  custom: `${LTI}custom`,
  scoreEndpoint: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
} as const;
export const SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';

/** LMS roles, context or institution ones, that may place content: they teach or build the course. */
const PLACING_ROLES = /[#/](Instructor|ContentDeveloper|Administrator|TeachingAssistant)$/;

interface Person {
  subject: string;
  deploymentId: string;
  roles: string[];
  name: string | null;
  email: string | null;
}

export interface ResourceLaunch extends Person {
  kind: 'resource';
  resourceLinkId: string;
  targetLinkUri: string;
  custom: Record<string, unknown>;
  /** The line item the platform takes this link's scores at, when it lets the tool send them. */
  lineItemUrl: string | null;
}

export interface DeepLinkingLaunch extends Person {
  kind: 'deep-linking';
  returnUrl: string;
  data: string | null;
}

export type LaunchMessage = ResourceLaunch | DeepLinkingLaunch;

/**
 * Reads a launch whose signature, issuer, audience and expiry were checked already. Refuses what
 * LTI 1.3 requires and the claims lack: several audiences without this client as `azp`, a
 * deployment the admin did not register, another message type or version, no roles claim.
 */
export function readLaunch(claims: Record<string, unknown>, platform: { clientId: string; deploymentIds: string[] }): LaunchMessage {
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (audiences.length > 1 && claims.azp !== platform.clientId) {
    throw new LtiRefusal('LTI_AUDIENCE_INVALID', 'The launch names several audiences but not this tool as the one it is for (azp).');
  }
  const deploymentId = claims[CLAIM.deploymentId];
  if (typeof deploymentId !== 'string' || !platform.deploymentIds.includes(deploymentId)) {
    throw new LtiRefusal('LTI_DEPLOYMENT_UNKNOWN', 'The launch comes from a deployment of the LMS that is not registered here. Ask an admin to add its deployment id.');
  }
  if (claims[CLAIM.version] !== '1.3.0') throw new LtiRefusal('LTI_MESSAGE_INVALID', 'Only LTI 1.3.0 launches are accepted.', 400);
  const roles = claims[CLAIM.roles];
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string')) throw invalid('roles');
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject.length === 0 || subject.length > 255) throw invalid('sub');
  const person = { subject, deploymentId, roles: roles as string[], name: text(claims.name), email: text(claims.email) };
  const type = claims[CLAIM.messageType];
  if (type === 'LtiResourceLinkRequest') return { ...person, kind: 'resource', ...resourceClaims(claims) };
  if (type === 'LtiDeepLinkingRequest') return { ...person, kind: 'deep-linking', ...deepLinkingClaims(claims) };
  throw new LtiRefusal('LTI_MESSAGE_INVALID', 'The tool takes resource link and deep linking launches only.', 400);
}

export function mayPlaceContent(roles: string[]): boolean {
  return roles.some((role) => PLACING_ROLES.test(role) || role === 'Instructor');
}

function resourceClaims(claims: Record<string, unknown>) {
  const link = claims[CLAIM.resourceLink] as { id?: unknown } | undefined;
  if (typeof link?.id !== 'string' || link.id.length === 0 || link.id.length > 255) throw invalid('resource_link.id');
  const targetLinkUri = claims[CLAIM.targetLinkUri];
  if (typeof targetLinkUri !== 'string') throw invalid('target_link_uri');
  const custom = claims[CLAIM.custom];
  const endpoint = claims[CLAIM.scoreEndpoint] as { scope?: unknown; lineitem?: unknown } | undefined;
  const mayScore = Array.isArray(endpoint?.scope) && endpoint.scope.includes(SCORE_SCOPE) && typeof endpoint.lineitem === 'string';
  return {
    resourceLinkId: link.id,
    targetLinkUri,
    custom: custom && typeof custom === 'object' ? (custom as Record<string, unknown>) : {},
    lineItemUrl: mayScore && isWebAddress(endpoint.lineitem as string) ? (endpoint.lineitem as string) : null,
  };
}

function deepLinkingClaims(claims: Record<string, unknown>) {
  const settings = claims[CLAIM.deepLinkingSettings] as { deep_link_return_url?: unknown; accept_types?: unknown; data?: unknown } | undefined;
  const returnUrl = settings?.deep_link_return_url;
  if (typeof returnUrl !== 'string' || !isWebAddress(returnUrl)) throw invalid('deep_linking_settings.deep_link_return_url');
  if (!Array.isArray(settings?.accept_types) || !settings.accept_types.includes('ltiResourceLink')) {
    throw new LtiRefusal('LTI_MESSAGE_INVALID', 'The LMS does not accept LTI resource links here, the only content the tool places.', 400);
  }
  return { returnUrl, data: typeof settings.data === 'string' ? settings.data : null };
}

/** Where a resource link leads: a course page or a quiz page of this tool, or a course named in the custom claim `course`. */
export function targetOf(launch: Pick<ResourceLaunch, 'targetLinkUri' | 'custom'>, publicUrl: string): { courseSlug: string; quizId: string | null } | null {
  let url: URL | null = null;
  try {
    url = new URL(launch.targetLinkUri);
  } catch {
    // a custom claim may still name the course
  }
  const page = url?.origin === new URL(publicUrl).origin ? /^\/courses\/([^/]+)(?:\/quizzes\/([^/]+))?\/?$/.exec(url.pathname) : null;
  if (page) return { courseSlug: decodeURIComponent(page[1]), quizId: page[2] ? decodeURIComponent(page[2]) : null };
  return typeof launch.custom.course === 'string' ? { courseSlug: launch.custom.course, quizId: null } : null;
}

export function isWebAddress(value: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function invalid(claim: string): LtiRefusal {
  return new LtiRefusal('LTI_MESSAGE_INVALID', `The launch lacks a valid ${claim} claim.`, 400);
}
