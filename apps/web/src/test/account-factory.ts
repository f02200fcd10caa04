/** Accounts, pages of accounts and audit entries as the API returns them. */
import { CombinedError } from 'urql';
import type { Role } from '../gql/graphql';

export interface UserData {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  createdAt: string;
}

export interface AuditEntryData {
  id: string;
  action: string;
  actorEmail: string | null;
  subjectEmail: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface ConnectionData<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Ids and emails derive from the name: "Ada Lovelace" is user:ada-lovelace, ada.lovelace@example.com. */
export function buildUser(name: string, overrides: Partial<UserData> = {}): UserData {
  const slug = name.toLowerCase().replaceAll(' ', '-');
  return {
    id: `user:${slug}`,
    name,
    email: `${slug.replaceAll('-', '.')}@example.com`,
    roles: ['LEARNER'],
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

export function buildAuditEntry(id: string, overrides: Partial<AuditEntryData> = {}): AuditEntryData {
  return {
    id: `audit:${id}`,
    action: 'USER_ROLES_CHANGED',
    actorEmail: 'admin@example.com',
    subjectEmail: 'ada.lovelace@example.com',
    details: { from: ['LEARNER'], to: ['INSTRUCTOR', 'LEARNER'] },
    createdAt: '2026-11-03T14:30:00.000Z',
    ...overrides,
  };
}

/** One page; the cursor of each edge is its node's id. */
export function buildConnection<Node extends { id: string }>(nodes: Node[], hasNextPage = false): ConnectionData<Node> {
  return {
    edges: nodes.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
  };
}

/** A refusal as the API sends it: a message for people and a code in `extensions`. */
export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { ...extensions, code } }] });
}
