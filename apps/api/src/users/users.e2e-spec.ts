import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';

const USERS = `query Users($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) { edges { cursor node { id email name roles } } pageInfo { hasNextPage endCursor } }
}`;
const SET_ROLES = `mutation SetRoles($userId: ID!, $roles: [Role!]!) { setUserRoles(userId: $userId, roles: $roles) { id roles } }`;
const AUDIT = `{ auditLog(first: 5) { edges { node { action actorEmail subjectEmail details createdAt } } } }`;

describe('managing accounts as an admin', () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeEach(async () => {
    api = await createTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN'], 'Alice Admin');
  });
  afterEach(() => api.close());

  it('finds accounts by part of a name or email, a page at a time', async () => {
    for (const name of ['Dr Grace Hopper', 'Dr Grace Kelly', 'Nurse Grace Jones', 'Dr Alan Turing']) {
      await createAccount(api.dataSource, ['LEARNER'], name);
    }
    const firstPage = await api.graphql(USERS, { search: 'grace', first: 2 }, admin.token);
    expect(firstPage.errors).toBeUndefined();
    const { edges, pageInfo } = firstPage.data!.users;
    expect(edges).toHaveLength(2);
    expect(pageInfo.hasNextPage).toBe(true);

    const secondPage = await api.graphql(USERS, { search: 'grace', first: 2, after: pageInfo.endCursor }, admin.token);
    const names = [...edges, ...secondPage.data!.users.edges].map((edge: { node: { name: string } }) => edge.node.name).sort();
    expect(names).toEqual(['Dr Grace Hopper', 'Dr Grace Kelly', 'Nurse Grace Jones']);
    expect(secondPage.data!.users.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
  });

  it('treats search wildcards as plain characters', async () => {
    await createAccount(api.dataSource, ['LEARNER'], 'Percy 100% Sure');
    const { data } = await api.graphql(USERS, { search: '%' }, admin.token);
    expect(data!.users.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Percy 100% Sure']);
  });

  it('refuses a cursor it did not give out', async () => {
    const { errors } = await api.graphql(USERS, { after: 'bm90IGEgY3Vyc29y' }, admin.token);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('promotes a learner to instructor and records who did it, to whom and when', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    const { data, errors } = await api.graphql(SET_ROLES, { userId: learner.id, roles: ['INSTRUCTOR', 'LEARNER'] }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.setUserRoles).toEqual({ id: learner.id, roles: ['INSTRUCTOR', 'LEARNER'] });

    const me = await api.graphql('{ me { roles } }', {}, learner.token);
    expect(me.data!.me.roles).toEqual(['INSTRUCTOR', 'LEARNER']);

    const audit = await api.graphql(AUDIT, {}, admin.token);
    expect(audit.data!.auditLog.edges[0].node).toEqual({
      action: 'USER_ROLES_CHANGED',
      actorEmail: admin.email,
      subjectEmail: learner.email,
      details: { from: ['LEARNER'], to: ['INSTRUCTOR', 'LEARNER'] },
      createdAt: expect.any(String),
    });
  });

  it('makes an instructor a reviewer, and refuses a role the platform does not have', async () => {
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    const granted = await api.graphql(SET_ROLES, { userId: instructor.id, roles: ['INSTRUCTOR', 'REVIEWER'] }, admin.token);
    expect(granted.errors).toBeUndefined();
    expect((await api.graphql('{ me { roles } }', {}, instructor.token)).data!.me.roles).toEqual(['INSTRUCTOR', 'REVIEWER']);

    const unknown = await api.graphql(SET_ROLES, { userId: instructor.id, roles: ['AUDITOR'] }, admin.token);
    expect(unknown.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql('{ me { roles } }', {}, instructor.token)).data!.me.roles).toEqual(['INSTRUCTOR', 'REVIEWER']);
  });

  it('keeps one admin when the last two demote each other, or themselves, at the same moment, without a deadlock', async () => {
    const demotions = [
      (first: TestAccount, second: TestAccount) => [[first, second], [second, first]],
      (first: TestAccount, second: TestAccount) => [[first, first], [second, second]],
    ];
    for (let round = 0; round < 12; round++) {
      await api.dataSource.query(`UPDATE app_user SET roles = '{LEARNER}' WHERE 'ADMIN' = ANY(roles)`);
      const pair = [await createAccount(api.dataSource, ['ADMIN']), await createAccount(api.dataSource, ['ADMIN'])];
      const requests = demotions[round % 2](pair[0], pair[1]).map(([actor, subject]) =>
        api.graphql(SET_ROLES, { userId: subject.id, roles: ['LEARNER'] }, actor.token),
      );
      const codes = (await Promise.all(requests)).map((result) => result.errors?.[0].extensions?.code ?? 'OK');
      // The one refused is either told the last admin stays, or is no longer an admin by the time it is checked.
      expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
      expect(codes.filter((code) => code !== 'OK')).toEqual([expect.stringMatching(/^(BAD_USER_INPUT|FORBIDDEN)$/)]);
      const [{ admins }] = await api.dataSource.query(`SELECT count(*)::int AS admins FROM app_user WHERE 'ADMIN' = ANY(roles)`);
      expect(admins).toBe(1);
    }
  });

  it('refuses to remove the only admin and says what to do instead', async () => {
    const { errors } = await api.graphql(SET_ROLES, { userId: admin.id, roles: ['LEARNER'] }, admin.token);
    expect(errors![0]).toMatchObject({
      message: 'This is the only admin; make another account admin before removing this role.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it.each([
    [{ userId: '00000000-0000-4000-8000-000000000000', roles: ['LEARNER'] }, 'NOT_FOUND'],
    [{ userId: 'not-a-uuid', roles: ['LEARNER'] }, 'NOT_FOUND'],
    [{ userId: '00000000-0000-4000-8000-000000000000', roles: [] }, 'BAD_USER_INPUT'],
    [{ userId: '00000000-0000-4000-8000-000000000000', roles: ['SUPERUSER'] }, 'BAD_USER_INPUT'],
  ])('answers %j with %s and changes nothing', async (variables, code) => {
    const before = await api.dataSource.query(`SELECT id, roles FROM app_user ORDER BY id`);
    const { errors } = await api.graphql(SET_ROLES, variables, admin.token);
    expect(errors![0].extensions!.code).toBe(code);
    expect(await api.dataSource.query(`SELECT id, roles FROM app_user ORDER BY id`)).toEqual(before);
  });
});
