import { forgetQueuedCompletions } from './completion-queue';

/** The service worker's cache (public/service-worker.js). */
const offlineCache = 'ptp-offline-v1';

/**
 * At sign-out: the answers kept for offline reading are the person's, as are lesson completions
 * still waiting, so neither may be shown or sent for whoever signs in next on this browser.
 */
export async function forgetThePersonsOfflineData(): Promise<void> {
  forgetQueuedCompletions();
  if (!('caches' in window)) return;
  const cache = await caches.open(offlineCache);
  const kept = await cache.keys();
  await Promise.all(kept.filter(({ url }) => new URL(url).pathname === '/graphql').map((request) => cache.delete(request)));
}
