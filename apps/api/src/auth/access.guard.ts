import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { ACCESS_POLICY, type AccessPolicy } from './policy.decorators';
import { passesOnlyByRolesNeedingTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE, TwoFactorCheck } from './two-factor-requirement';
import { findViewer, type Viewer } from './viewer';

/** Set on HTTP requests (file downloads, CSV exports) once the guard has found their account. */
export const VIEWER_OF_REQUEST = Symbol('viewer');

/**
 * Runs on every operation and every field resolver (`fieldResolverEnhancers: ['guards']`).
 * An operation without a declared policy is refused: access is never granted by omission.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly twoFactor: TwoFactorCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new PlatformError('FORBIDDEN', 'This operation has no access policy, so it is refused.');
    if (policy.kind === 'public') return true;
    if (context.getType<GqlContextType>() === 'graphql') {
      const { req, viewer: viewerOf } = GqlExecutionContext.create(context).getContext<RequestContext>();
      const viewer = await viewerOf();
      if (!viewer) throw new PlatformError('UNAUTHENTICATED', 'Sign in to do this.');
      if (!permits(policy, viewer)) throw new PlatformError('FORBIDDEN', `This needs the ${rolesOf(policy)} role.`);
      if (await this.lacksTwoFactor(policy, viewer, req)) throw new PlatformError('TWO_FACTOR_REQUIRED', TWO_FACTOR_REQUIRED_MESSAGE);
      return true;
    }
    const request = context.switchToHttp().getRequest<Request & { [VIEWER_OF_REQUEST]?: Viewer }>();
    const viewer = await findViewer(this.dataSource, request);
    if (!viewer) throw new UnauthorizedException('Sign in to do this.');
    if (!permits(policy, viewer)) throw new ForbiddenException(`This needs the ${rolesOf(policy)} role.`);
    if (await this.lacksTwoFactor(policy, viewer, request)) throw new PlatformError('TWO_FACTOR_REQUIRED', TWO_FACTOR_REQUIRED_MESSAGE);
    request[VIEWER_OF_REQUEST] = viewer;
    return true;
  }

  /** Asked once per request however many fields it checks. */
  private lacksTwoFactor(policy: AccessPolicy, viewer: Viewer, request: Request): Promise<boolean> {
    if (!passesOnlyByRolesNeedingTwoFactor(policy, viewer.roles)) return Promise.resolve(false);
    let enabled = twoFactorOfRequest.get(request);
    if (!enabled) twoFactorOfRequest.set(request, (enabled = this.twoFactor.isEnabled(viewer.id)));
    return enabled.then((on) => !on);
  }
}

const twoFactorOfRequest = new WeakMap<Request, Promise<boolean>>();

function permits(policy: AccessPolicy, viewer: Viewer): boolean {
  return policy.kind !== 'roles' || policy.roles.some((role) => viewer.roles.includes(role));
}

function rolesOf(policy: AccessPolicy): string {
  return policy.kind === 'roles' ? policy.roles.join(' or ') : 'signed-in';
}
