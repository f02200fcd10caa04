import { useCallback, useEffect, useRef } from 'react';

/** A lesson left open in a background tab or overnight is not an afternoon of study. */
const MAX_SECONDS = 60 * 60;

/**
 * Seconds the page has been in view since the lesson was opened, up to an hour: time while the
 * tab is hidden does not count.
 */
export function useReadingTime(lessonSlug: string): () => number {
  const clock = useRef({ countedMs: 0, visibleSince: null as number | null });

  useEffect(() => {
    const visibleNow = () => (document.visibilityState === 'visible' ? Date.now() : null);
    clock.current = { countedMs: 0, visibleSince: visibleNow() };
    function onVisibilityChange() {
      const { countedMs, visibleSince } = clock.current;
      clock.current = {
        countedMs: countedMs + (visibleSince === null ? 0 : Date.now() - visibleSince),
        visibleSince: visibleNow(),
      };
    }
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [lessonSlug]);

  return useCallback(() => {
    const { countedMs, visibleSince } = clock.current;
    const totalMs = countedMs + (visibleSince === null ? 0 : Date.now() - visibleSince);
    return Math.min(MAX_SECONDS, Math.round(totalMs / 1000));
  }, []);
}
