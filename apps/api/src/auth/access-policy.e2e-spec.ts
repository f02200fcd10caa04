import { ModulesContainer } from '@nestjs/core';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ACCESS_POLICY } from './policy.decorators';

// Set on methods by @Query and @Mutation, and by @ResolveField.
const OPERATION_METADATA = ['graphql:resolver_type', 'graphql:resolve_property'];
const isResolverMethod = (handler: unknown) =>
  typeof handler === 'function' && OPERATION_METADATA.some((key) => Reflect.getMetadata(key, handler));

describe('access policies', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  it('are declared by every query, mutation and field resolver', () => {
    const operations: string[] = [];
    const withoutPolicy: string[] = [];
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const provider of module.providers.values()) {
        const resolverClass = provider.instance?.constructor;
        if (!resolverClass?.prototype) continue;
        for (const method of Object.getOwnPropertyNames(resolverClass.prototype)) {
          const handler = Object.getOwnPropertyDescriptor(resolverClass.prototype, method)?.value;
          if (method === 'constructor' || !isResolverMethod(handler)) continue;
          operations.push(`${resolverClass.name}.${method}`);
          if (!Reflect.getMetadata(ACCESS_POLICY, handler) && !Reflect.getMetadata(ACCESS_POLICY, resolverClass)) {
            withoutPolicy.push(`${resolverClass.name}.${method}`);
          }
        }
      }
    }
    expect(operations).toEqual(expect.arrayContaining(['SignInResolver.signIn', 'UsersResolver.setUserRoles', 'CourseResolver.modules']));
    expect(withoutPolicy).toEqual([]);
  });
});
