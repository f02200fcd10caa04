import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { describeWhen } from '../../ui/describe-when';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { LearningRecordQueue } from './LearningRecordQueue';
import { LearningRecordStoreForm } from './LearningRecordStoreForm';
import './admin.css';
import './learning-record-store.css';
import '../../ui/table.css';

const LearningRecordStoreQuery = graphql(`
  query LearningRecordStore {
    learningRecordStore {
      endpoint
      authKey
      enabled
      sendsFrom
    }
    learningRecordQueue {
      ...LearningRecordQueueSummary
    }
  }
`);

/** Statements follow events by seconds: the queue is read again this often while the page is open. */
const REFRESH_MS = 5_000;

/** Where xAPI statements of what learners do are sent, and how their sending goes. */
export function LearningRecordStorePage() {
  const [{ data, error }, reexecute] = useQuery({ query: LearningRecordStoreQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    const refresh = setInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(refresh);
  }, [reexecute]);
  if (!data) return <QueryStatus subject="the Learning Record Store" error={error} reexecuteQuery={reexecute} />;
  const store = data.learningRecordStore;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <PageTitle>Learning records</PageTitle>
      <header className="page-header">
        <h1>Learning records</h1>
        <p className="lede">
          Enrolments, completed lessons, graded attempts and certificates issued or revoked are sent as xAPI statements to a
          Learning Record Store, a few seconds after they happen. Learners never wait for it. Every change is kept in the audit log.
        </p>
      </header>
      <section className="admin-section" aria-labelledby="lrs-heading">
        <h2 id="lrs-heading">Learning Record Store</h2>
        {store?.enabled && (
          <p>
            Sending the events recorded since <time dateTime={store.sendsFrom}>{describeWhen(store.sendsFrom)}</time>.
          </p>
        )}
        <LearningRecordStoreForm saved={store ? { endpoint: store.endpoint, authKey: store.authKey, enabled: store.enabled } : null} onSaved={refresh} />
      </section>
      <section className="admin-section" aria-labelledby="queue-heading">
        <h2 id="queue-heading">Statements</h2>
        <LearningRecordQueue queue={data.learningRecordQueue} lrsOn={Boolean(store?.enabled)} onChanged={refresh} />
      </section>
    </>
  );
}
