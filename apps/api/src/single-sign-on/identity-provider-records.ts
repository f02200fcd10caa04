import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { Role } from '../auth/policy.decorators';
import { asJsonb } from '../database/json-text';
import { typedSql, type Database } from '../database/typed-sql';
import { resealEach } from '../secrets/reseal-each';

/** Every statement on `oidc_provider`: the identity providers admins configure. Client secrets are stored sealed. */

export interface GroupRole {
  group: string;
  role: Role;
}

export interface IdentityProviderRow {
  id: string;
  slug: string;
  displayName: string;
  issuer: string;
  clientId: string;
  sealedClientSecret: string;
  allowedDomains: string[];
  groupsClaim: string;
  groupRoles: GroupRole[];
  enabled: boolean;
  updatedAt: Date;
}

const COLUMNS = ['id', 'slug', 'displayName', 'issuer', 'clientId', 'sealedClientSecret', 'allowedDomains', 'groupsClaim', 'enabled', 'updatedAt'] as const;

function providers(db: Database) {
  return typedSql(db)
    .selectFrom('oidcProvider')
    .select(COLUMNS)
    .select((eb) => eb.ref('groupRoles').$castTo<GroupRole[]>().as('groupRoles'));
}

export function allIdentityProviders(db: Database): Promise<IdentityProviderRow[]> {
  return providers(db).orderBy('displayName').execute();
}

export function enabledIdentityProviders(db: Database): Promise<Pick<IdentityProviderRow, 'slug' | 'displayName'>[]> {
  return typedSql(db).selectFrom('oidcProvider').select(['slug', 'displayName']).where('enabled', '=', true).orderBy('displayName').execute();
}

export function identityProviderBySlug(db: Database, slug: string): Promise<IdentityProviderRow | undefined> {
  return providers(db).where('slug', '=', slug).executeTakeFirst();
}

export function identityProviderById(db: Database, id: string): Promise<IdentityProviderRow | undefined> {
  return providers(db).where('id', '=', id).executeTakeFirst();
}

export type IdentityProviderSettings = Omit<IdentityProviderRow, 'updatedAt' | 'sealedClientSecret'> & { sealedClientSecret: string | null };

/** Creates or updates; a null secret keeps the stored one. Answers false when the slug belongs to another provider. */
export async function saveIdentityProvider(db: Database, settings: IdentityProviderSettings): Promise<boolean> {
  const { sealedClientSecret, groupRoles, ...columns } = settings;
  const values = { ...columns, groupRoles: asJsonb(groupRoles), updatedAt: sql<Date>`now()` };
  const saved = await typedSql(db)
    .insertInto('oidcProvider')
    .values({ ...values, sealedClientSecret: sealedClientSecret ?? '' })
    .onConflict((conflict) =>
      conflict.column('id').doUpdateSet({ ...values, ...(sealedClientSecret === null ? {} : { sealedClientSecret }) }),
    )
    .executeTakeFirst()
    .catch((error: { code?: string }) => {
      if (error.code === '23505') return null;
      throw error;
    });
  return saved !== null;
}

export async function deleteIdentityProvider(db: Database, id: string): Promise<boolean> {
  const deleted = await typedSql(db).deleteFrom('oidcProvider').where('id', '=', id).executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}

/** Every client secret, each re-sealed by `reseal` (null: leave it), locked until the transaction ends. Answers how many changed. */
export async function resealClientSecrets(manager: EntityManager, reseal: (id: string, stored: string) => string | null): Promise<number> {
  const rows = await typedSql(manager).selectFrom('oidcProvider').select(['id', 'sealedClientSecret']).orderBy('id').forUpdate().execute();
  return resealEach(
    rows,
    (row) => reseal(row.id, row.sealedClientSecret),
    (row, sealedClientSecret) => typedSql(manager).updateTable('oidcProvider').set({ sealedClientSecret }).where('id', '=', row.id).execute(),
  );
}
