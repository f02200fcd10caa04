/** Accounts, pages of accounts and audit entries as the API returns them. */
import { CombinedError } from 'urql';
import type { AuditLogQuery, LearnerSearchQuery, UsersQuery, ViewerQuery } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type UserData = ApiShape<
  NonNullable<ViewerQuery['me']> & UsersQuery['users']['edges'][number]['node'] & LearnerSearchQuery['users']['edges'][number]['node']
>;

export type AuditEntryData = ApiShape<AuditLogQuery['auditLog']['edges'][number]['node']>;

/** A page of any list: every paged list selects its nodes and the same page facts. */
export interface ConnectionData<Node> {
  edges: { node: Node }[];
  pageInfo: ApiShape<UsersQuery['users']['pageInfo']>;
}

/** Ids and emails derive from the name: "Ada Lovelace" is user:ada-lovelace, ada.lovelace@example.com. */
export function buildUser(name: string, overrides: Partial<UserData> = {}): UserData {
  const slug = name.toLowerCase().replaceAll(' ', '-');
  return {
    id: `user:${slug}`,
    name,
    email: `${slug.replaceAll('-', '.')}@example.com`,
    roles: ['LEARNER'],
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

/** One page; its end cursor is its last node's id. */
export function buildConnection<Node extends { id: string }>(nodes: Node[], hasNextPage = false): ConnectionData<Node> {
  return {
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage, endCursor: nodes.at(-1)?.id ?? null },
  };
}

/** A refusal as the API sends it: a message for people and a code in `extensions`. */
export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { ...extensions, code } }] });
}
