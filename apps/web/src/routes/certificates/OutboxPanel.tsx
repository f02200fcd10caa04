import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { describeWhen } from '../../ui/describe-when';
import { QueryStatus } from '../../ui/QueryStatus';

const OutboxQuery = graphql(`
  query Outbox($first: Int) {
    outbox(first: $first) {
      fileName
      to
      subject
      createdAt
      text
    }
  }
`);

const PAGE_SIZE = 20;
// The most the API gives at once.
const MOST = 100;

/** Messages to certificate holders, kept on the server while it has no mail server to send them through. */
export function OutboxPanel() {
  const [first, setFirst] = useState(PAGE_SIZE);
  const [{ data, error, fetching }, reexecuteQuery] = useQuery({
    query: OutboxQuery,
    variables: { first },
    requestPolicy: 'cache-and-network',
  });
  const messages = data?.outbox ?? [];

  return (
    <section className="admin-section" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Outbox</h2>
      <p className="admin-section__intro">
        Without a mail server (SMTP_URL), messages to holders, on issue and before expiry, are kept here instead of sent. Newest
        first.
      </p>
      <Button className="button button--quiet" isPending={fetching} onPress={() => reexecuteQuery({ requestPolicy: 'network-only' })}>
        Check for new messages
      </Button>
      {!data ? (
        <QueryStatus subject="the outbox" error={error} reexecuteQuery={reexecuteQuery} />
      ) : messages.length === 0 ? (
        <p className="outbox__empty">No messages yet.</p>
      ) : (
        <ul className="outbox">
          {messages.map((message) => (
            <li key={message.fileName}>
              <details className="outbox__message">
                <summary>
                  <span className="outbox__subject">{message.subject}</span>
                  <span className="outbox__meta">
                    To {message.to} · <time dateTime={message.createdAt}>{describeWhen(message.createdAt)}</time>
                  </span>
                </summary>
                <pre className="outbox__text">{message.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      {messages.length === first && first < MOST && (
        <Button className="button button--quiet" onPress={() => setFirst(Math.min(MOST, first + PAGE_SIZE))}>
          Show older messages
        </Button>
      )}
    </section>
  );
}
