import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { PlatformError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { ACCESS_POLICY, type AccessPolicy } from './policy.decorators';

/**
 * Runs on every operation and every field resolver (`fieldResolverEnhancers: ['guards']`).
 * An operation without a declared policy is refused: access is never granted by omission.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new PlatformError('FORBIDDEN', 'This operation has no access policy, so it is refused.');
    if (policy.kind === 'public') return true;
    if (context.getType<GqlContextType>() !== 'graphql') {
      throw new PlatformError('FORBIDDEN', 'Only GraphQL operations can require an account.');
    }
    const viewer = await GqlExecutionContext.create(context).getContext<RequestContext>().viewer();
    if (!viewer) throw new PlatformError('UNAUTHENTICATED', 'Sign in to do this.');
    if (policy.kind === 'roles' && !policy.roles.some((role) => viewer.roles.includes(role))) {
      throw new PlatformError('FORBIDDEN', `This needs the ${policy.roles.join(' or ')} role.`);
    }
    return true;
  }
}
