import type { IdentityProviderInput, Role } from '../../gql/graphql';
import { roleOrder } from '../../app/roles';

/** The provider form as typed: domains and group mappings as text, one a line. */
export interface IdentityProviderDraft {
  id: string | null;
  displayName: string;
  slug: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string;
  groupsClaim: string;
  groupRoles: string;
  enabled: boolean;
}

export const emptyDraft: IdentityProviderDraft = {
  id: null,
  displayName: '',
  slug: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
  allowedDomains: '',
  groupsClaim: 'groups',
  groupRoles: '',
  enabled: true,
};

interface SavedProvider {
  id: string;
  displayName: string;
  slug: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  groupsClaim: string;
  groupRoles: { group: string; role: Role }[];
  enabled: boolean;
}

/** A saved provider in the form; its secret stays on the server, so the field starts empty. */
export function draftOf(provider: SavedProvider): IdentityProviderDraft {
  return {
    ...provider,
    clientSecret: '',
    allowedDomains: provider.allowedDomains.join('\n'),
    groupRoles: provider.groupRoles.map(({ group, role }) => `${group} = ${role}`).join('\n'),
  };
}

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);

/** `educators = INSTRUCTOR` a line; answers the mappings, or the first line that is not one. */
export function readGroupRoles(text: string): { groupRoles: { group: string; role: Role }[] } | { problem: string } {
  const groupRoles = [];
  for (const line of text.split('\n').map((typed) => typed.trim()).filter(Boolean)) {
    const [group, role] = line.split('=').map((part) => part.trim());
    const known = roleOrder.find((name) => name === role?.toUpperCase());
    if (!group || !known) return { problem: `“${line}” is not “group = role”, with a role of ${roleOrder.join(', ')}.` };
    groupRoles.push({ group, role: known });
  }
  return { groupRoles };
}

export function inputOf(draft: IdentityProviderDraft, groupRoles: { group: string; role: Role }[]): IdentityProviderInput {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    displayName: draft.displayName.trim(),
    slug: draft.slug.trim(),
    issuer: draft.issuer.trim(),
    clientId: draft.clientId.trim(),
    ...(draft.clientSecret ? { clientSecret: draft.clientSecret } : {}),
    allowedDomains: lines(draft.allowedDomains),
    groupsClaim: draft.groupsClaim.trim() || 'groups',
    groupRoles,
    enabled: draft.enabled,
  };
}
