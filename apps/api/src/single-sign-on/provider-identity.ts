import type { Role } from '../auth/policy.decorators';
import { PlatformError } from '../common/errors';
import { readDisplayName } from '../users/display-name';
import type { GroupRole } from './identity-provider-records';

export interface ProviderIdentity {
  email: string;
  name: string;
  /** Roles the provider's groups grant, beyond those the account has. */
  roles: Role[];
}

/**
 * Whom a provider's ID token names, by the platform's rules: an account is linked by its email
 * alone, so the provider must vouch for the address (`email_verified` exactly true) and the address
 * must be in one of the provider's domains, or anyone who can register at the provider could take
 * over the account of that address here.
 */
export function providerIdentity(
  claims: Record<string, unknown>,
  provider: { displayName: string; allowedDomains: string[]; groupsClaim: string; groupRoles: GroupRole[] },
): ProviderIdentity {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email || claims.email_verified !== true) {
    throw new PlatformError('SSO_EMAIL_NOT_VERIFIED', `${provider.displayName} did not confirm your email address, so it cannot sign you in here.`);
  }
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!provider.allowedDomains.includes(domain)) {
    throw new PlatformError('SSO_EMAIL_NOT_ALLOWED', `${provider.displayName} signs in addresses at ${provider.allowedDomains.join(', ')} only.`);
  }
  const claimed = claims[provider.groupsClaim];
  const groups = Array.isArray(claimed) ? claimed.filter((group): group is string => typeof group === 'string') : [];
  const roles = [...new Set(provider.groupRoles.filter((mapping) => groups.includes(mapping.group)).map((mapping) => mapping.role))];
  // A name the platform would refuse from a person (hidden or direction-changing characters) is not taken from a provider either.
  const reading = readDisplayName(typeof claims.name === 'string' ? claims.name : '');
  return { email, name: reading.name ?? email.slice(0, email.indexOf('@')), roles };
}
