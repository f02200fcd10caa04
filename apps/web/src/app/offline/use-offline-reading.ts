import { useEffect } from 'react';
import { useClient } from 'urql';
import { readFragment } from '../../gql';
import { CourseProgressCardFragmentDoc, LessonReaderDocument, MyCoursesDocument, ViewerDocument } from '../../gql/graphql';
import { useSession } from '../session/session-context';
import { useOnline } from './use-online';

/**
 * Asks, once the service worker handles the page, who is signed in and, for each course the
 * learner is enrolled in, its lessons as the lesson page reads them
 * (one answer holds every lesson of the course version), so that the service worker keeps them
 * for reading without a connection. Once per person and connection.
 */
export function useOfflineReading(): void {
  const client = useClient();
  const { viewer } = useSession();
  const online = useOnline();
  const signedIn = Boolean(viewer);

  useEffect(() => {
    if (!signedIn || !online || !('serviceWorker' in navigator)) return;
    let stopped = false;
    void (async () => {
      await controlledByServiceWorker();
      if (stopped) return;
      // Who is signed in too: offline, the lesson page still needs to know whose lessons these are.
      await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      const { data } = await client.query(MyCoursesDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      for (const enrolment of data?.myCourses ?? []) {
        if (stopped) return;
        const { course } = readFragment(CourseProgressCardFragmentDoc, enrolment);
        await client.query(LessonReaderDocument, { courseSlug: course.slug }, { requestPolicy: 'network-only' }).toPromise();
      }
    })();
    return () => {
      stopped = true;
    };
  }, [client, signedIn, online]);
}

/** Resolves once the service worker handles this page's requests: only then are its answers kept. */
function controlledByServiceWorker(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}
