import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { emptyLtiPlatform, LtiPlatformForm, type LtiPlatformDraft } from './LtiPlatformForm';
import './admin.css';
import './identity-providers.css';
import '../../ui/table.css';

const LtiPlatformsQuery = graphql(`
  query LtiPlatforms {
    ltiPlatforms {
      id
      name
      issuer
      clientId
      loginUrl
      accessTokenUrl
      keySetUrl
      deploymentIds
    }
    ltiToolConfiguration {
      loginUrl
      launchUrl
      keySetUrl
      deepLinkingUrl
    }
  }
`);

const RemoveLtiPlatformMutation = graphql(`
  mutation RemoveLtiPlatform($id: ID!) {
    removeLtiPlatform(id: $id)
  }
`);

/** The LMS platforms that launch the tool (LTI 1.3), and what their admins enter to register it. */
export function LtiPlatformsPage() {
  const [{ data, error }, reexecute] = useQuery({ query: LtiPlatformsQuery });
  const [, remove] = useMutation(RemoveLtiPlatformMutation);
  const [editing, setEditing] = useState<LtiPlatformDraft | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (!data) return <QueryStatus subject="the LMS registrations" error={error} reexecuteQuery={reexecute} />;
  const tool = data.ltiToolConfiguration;
  return (
    <>
      <PageTitle>LMS (LTI 1.3)</PageTitle>
      <header className="page-header">
        <h1>LMS (LTI 1.3)</h1>
        <p className="lede">
          Learners open courses and quizzes from these learning management systems, signed in and enrolled on the way; quiz grades go back to
          the LMS. Every change is kept in the audit log.
        </p>
      </header>
      <section className="admin-section" aria-labelledby="tool-heading">
        <h2 id="tool-heading">Enter these at the LMS</h2>
        <dl>
          <dt>Login initiation URL</dt>
          <dd><code>{tool.loginUrl}</code></dd>
          <dt>Redirect (launch) URL</dt>
          <dd><code>{tool.launchUrl}</code></dd>
          <dt>Public key set URL</dt>
          <dd><code>{tool.keySetUrl}</code></dd>
          <dt>Deep linking URL</dt>
          <dd><code>{tool.deepLinkingUrl}</code></dd>
        </dl>
        <p>Open the tool in a new window: its pages do not show inside another site’s frame.</p>
      </section>
      <section className="admin-section" aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">Registered LMS</h2>
        {data.ltiPlatforms.length === 0 ? (
          <p>No LMS is registered yet.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                {['LMS', 'Issuer', 'Client id', 'Deployments'].map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Change or remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.ltiPlatforms.map((platform) => (
                <tr key={platform.id}>
                  <th scope="row">{platform.name}</th>
                  <td>{platform.issuer}</td>
                  <td>{platform.clientId}</td>
                  <td>{platform.deploymentIds.join(', ')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => setEditing({ ...platform, deploymentIds: platform.deploymentIds.join('\n') })}
                    >
                      Change <span className="visually-hidden">{platform.name}</span>
                    </button>{' '}
                    <button type="button" className="button button--small button--quiet" onClick={() => setRemoving(platform)}>
                      Remove <span className="visually-hidden">{platform.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="admin-section" aria-labelledby="platform-form-heading">
        <h2 id="platform-form-heading">{editing?.id ? `Change ${editing.name}` : 'Register an LMS'}</h2>
        {editing ? (
          <LtiPlatformForm
            key={editing.id ?? 'new'}
            draft={editing}
            onDone={(saved) => {
              setEditing(null);
              if (saved) reload();
            }}
          />
        ) : (
          <button type="button" className="button" onClick={() => setEditing(emptyLtiPlatform)}>
            Register an LMS
          </button>
        )}
      </section>
      <ConfirmDialog
        isOpen={removing !== null}
        onOpenChange={(isOpen) => !isOpen && setRemoving(null)}
        title={`Remove ${removing?.name ?? 'the LMS'}?`}
        confirmLabel="Remove"
        cancelLabel="Keep it"
        onConfirm={async () => {
          await remove({ id: removing!.id }, { additionalTypenames: ['LtiPlatform'] });
          reload();
        }}
      >
        <p>
          Its links stop working: learners who open them are refused. Their accounts, progress and grades here stay, but registering the
          LMS again makes new accounts for them.
        </p>
      </ConfirmDialog>
    </>
  );
}
