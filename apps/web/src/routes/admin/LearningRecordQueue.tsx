import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { describeWhen } from '../../ui/describe-when';

export const LearningRecordDeliveryRowFragment = graphql(`
  fragment LearningRecordDeliveryRow on LearningRecordDelivery {
    eventId
    statementId
    verb
    objectName
    occurredAt
    status
    tries
    lastError
    nextTryAt
    settledAt
  }
`);

export const LearningRecordQueueFragment = graphql(`
  fragment LearningRecordQueueSummary on LearningRecordQueue {
    waiting
    retrying
    sent
    failed
    problems {
      ...LearningRecordDeliveryRow
    }
    recentlySent {
      ...LearningRecordDeliveryRow
    }
  }
`);

const RetryFailedMutation = graphql(`
  mutation RetryFailedLearningRecords {
    retryFailedLearningRecords
  }
`);

const SendEarlierMutation = graphql(`
  mutation SendEarlierLearningEvents {
    sendEarlierLearningEvents
  }
`);

const eventLabels: Record<string, string> = {
  ENROLLED: 'Enrolment',
  COMPLETED: 'Lesson completed',
  STARTED: 'Attempt started',
  SUBMITTED: 'Attempt graded',
  EXPIRED: 'Attempt ran out of time',
  ISSUED: 'Certificate issued',
  REVOKED: 'Certificate revoked',
};

function DeliveryRow(props: { delivery: FragmentType<typeof LearningRecordDeliveryRowFragment>; withError: boolean }) {
  const delivery = readFragment(LearningRecordDeliveryRowFragment, props.delivery);
  const when = delivery.settledAt ?? delivery.nextTryAt;
  return (
    <tr>
      <th scope="row">
        {eventLabels[delivery.verb] ?? delivery.verb}: {delivery.objectName}
      </th>
      <td>
        <time dateTime={delivery.occurredAt}>{describeWhen(delivery.occurredAt)}</time>
      </td>
      {props.withError && (
        <>
          <td>{delivery.status === 'FAILED' ? 'Failed' : `Retrying (${delivery.tries} ${delivery.tries === 1 ? 'try' : 'tries'})`}</td>
          <td>{delivery.lastError}</td>
        </>
      )}
      <td>{when ? <time dateTime={when}>{describeWhen(when)}</time> : '—'}</td>
      <td>
        <code>{delivery.statementId}</code>
      </td>
    </tr>
  );
}

function DeliveryTable({ caption, deliveries, withError }: { caption: string; deliveries: FragmentType<typeof LearningRecordDeliveryRowFragment>[]; withError: boolean }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Happened</th>
          {withError && (
            <>
              <th scope="col">State</th>
              <th scope="col">Last error</th>
            </>
          )}
          <th scope="col">{withError ? 'Failed at, or next try' : 'Sent'}</th>
          <th scope="col">Statement id</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery, index) => (
          <DeliveryRow key={index} delivery={delivery} withError={withError} />
        ))}
      </tbody>
    </table>
  );
}

/** The statements on their way: counts, what went wrong with a way to try again, and the latest sent. */
export function LearningRecordQueue(props: { queue: FragmentType<typeof LearningRecordQueueFragment>; lrsOn: boolean; onChanged: () => void }) {
  const queue = readFragment(LearningRecordQueueFragment, props.queue);
  const [notice, setNotice] = useState('');
  const [{ fetching: retrying }, retryFailed] = useMutation(RetryFailedMutation);
  const [{ fetching: queueing }, sendEarlier] = useMutation(SendEarlierMutation);

  async function act(run: () => Promise<{ error?: Parameters<typeof readProblem>[0]; data?: Record<string, number> | null }>, said: (count: number) => string) {
    const { data, error } = await run();
    if (error) {
      setNotice(readProblem(error).message);
      return;
    }
    setNotice(said(Object.values(data ?? {})[0] ?? 0));
    props.onChanged();
  }

  return (
    <>
      <dl className="lrs-counts">
        <div>
          <dt>Waiting</dt>
          <dd>{queue.waiting}</dd>
        </div>
        <div>
          <dt>Retrying</dt>
          <dd>{queue.retrying}</dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>{queue.sent}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd>{queue.failed}</dd>
        </div>
      </dl>
      <div className="lrs-form__actions">
        <Button className="button button--quiet" isDisabled={queue.failed === 0} isPending={retrying} onPress={() => act(() => retryFailed({}), (count) => `${count} failed ${count === 1 ? 'statement is' : 'statements are'} tried again.`)}>
          Retry failed statements
        </Button>
        <Button className="button button--quiet" isDisabled={!props.lrsOn} isPending={queueing} onPress={() => act(() => sendEarlier({}), (count) => `${count} earlier ${count === 1 ? 'event is' : 'events are'} queued.`)}>
          Send earlier events
        </Button>
        <p role="status">{notice}</p>
      </div>
      <h3>Problems</h3>
      {queue.problems.length === 0 ? <p>No failed or retrying statement.</p> : <DeliveryTable caption="Problems" deliveries={queue.problems} withError />}
      <h3>Recently sent</h3>
      {queue.recentlySent.length === 0 ? <p>No statement sent yet.</p> : <DeliveryTable caption="Recently sent" deliveries={queue.recentlySent} withError={false} />}
    </>
  );
}
