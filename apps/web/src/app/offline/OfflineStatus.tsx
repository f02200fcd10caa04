import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { useAreaOfPage } from '../page-area';
import { sendQueuedCompletions, useQueuedCompletions } from './completion-queue';
import { useOnline } from './use-online';

/** What each area that cannot work offline says then. */
const needsConnection: Record<string, string> = {
  quiz: 'Quizzes need a connection: answers are kept and graded on the server.',
  certificates: 'Certificates need a connection: they are issued and checked on the server.',
  verify: 'Checking a certificate needs a connection.',
};

function lessons(count: number) {
  return count === 1 ? '1 lesson' : `${count} lessons`;
}

/**
 * Under the header: that the connection is gone and what still works, the lesson completions
 * waiting for it, and, once it is back, that they were sent.
 */
export function OfflineStatus() {
  const online = useOnline();
  const queued = useQueuedCompletions();
  const client = useClient();
  const [sent, setSent] = useState(0);
  const area = useAreaOfPage();

  useEffect(() => {
    if (!online || queued.length === 0) return;
    void sendQueuedCompletions(client).then((count) => count > 0 && setSent(count));
  }, [online, queued.length, client]);

  const message = !online
    ? [
        'You are offline. Lessons of your courses can still be read.',
        area && needsConnection[area],
        queued.length > 0 && `${lessons(queued.length)} marked complete will be sent when you are back online.`,
      ]
        .filter(Boolean)
        .join(' ')
    : sent > 0 && `Back online: ${lessons(sent)} marked complete while offline ${sent === 1 ? 'was' : 'were'} sent.`;

  if (!message) return null;
  return (
    <p role="status" className="offline-status">
      {message}
    </p>
  );
}
