import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { draftOf, emptyDraft, type IdentityProviderDraft } from './identity-provider-draft';
import { IdentityProviderForm } from './IdentityProviderForm';
import './admin.css';
import './identity-providers.css';
import '../../ui/table.css';

const IdentityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      id
      displayName
      slug
      issuer
      clientId
      allowedDomains
      groupsClaim
      groupRoles {
        group
        role
      }
      enabled
      callbackUrl
    }
  }
`);

/** The organisations whose people sign in through their own OpenID Connect provider. */
export function IdentityProvidersPage() {
  const [{ data, error }, reexecute] = useQuery({ query: IdentityProvidersQuery });
  const [editing, setEditing] = useState<IdentityProviderDraft | null>(null);

  if (!data) return <QueryStatus subject="the sign-in providers" error={error} reexecuteQuery={reexecute} />;
  const providers = data.identityProviders;
  const callbackUrl = `${window.location.origin}/auth/sso/callback`;
  return (
    <>
      <PageTitle>Sign-in providers</PageTitle>
      <header className="page-header">
        <h1>Sign-in providers</h1>
        <p className="lede">
          People of these organisations sign in through their own provider (OpenID Connect). An account is linked by an email
          address the provider has verified, in one of its domains. Every change is kept in the audit log.
        </p>
      </header>
      <section className="admin-section" aria-labelledby="providers-heading">
        <h2 id="providers-heading">Providers</h2>
        {providers.length === 0 ? (
          <p>No provider yet: everyone signs in with a password.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Provider</th>
                <th scope="col">Issuer</th>
                <th scope="col">Email domains</th>
                <th scope="col">Offered</th>
                <th scope="col">
                  <span className="visually-hidden">Change</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {providers.map((provider) => (
                <tr key={provider.id}>
                  <th scope="row">{provider.displayName}</th>
                  <td>{provider.issuer}</td>
                  <td>{provider.allowedDomains.join(', ')}</td>
                  <td>{provider.enabled ? 'Yes' : 'No'}</td>
                  <td>
                    <button type="button" className="button button--small button--quiet" onClick={() => setEditing(draftOf(provider))}>
                      Change <span className="visually-hidden">{provider.displayName}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!editing && (
          <button type="button" className="button" onClick={() => setEditing(emptyDraft)}>
            Add a provider
          </button>
        )}
      </section>
      {editing && (
        <section className="admin-section" aria-labelledby="provider-form-heading">
          <h2 id="provider-form-heading">{editing.id ? `Change ${editing.displayName}` : 'Add a provider'}</h2>
          <IdentityProviderForm
            key={editing.id ?? 'new'}
            draft={editing}
            callbackUrl={providers[0]?.callbackUrl ?? callbackUrl}
            onSaved={() => {
              setEditing(null);
              reexecute({ requestPolicy: 'network-only' });
            }}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
    </>
  );
}
