import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { OfflineStatus } from './offline/OfflineStatus';
import { useOfflineReading } from './offline/use-offline-reading';
import { usePageArea } from './page-area';
import { SiteHeader } from './SiteHeader';

export function Layout() {
  const main = useRef<HTMLElement>(null);
  const { pathname, hash } = useLocation();
  const shownPath = useRef(pathname);
  usePageArea();
  useOfflineReading();

  // A new page is read from its start, as after a full page load, unless the address names a
  // place in it (a cited passage), which that page brings into view itself.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (hash) return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname, hash]);

  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    main.current?.focus();
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <SiteHeader />
      <OfflineStatus />
      <main id="main" ref={main} tabIndex={-1} className="page">
        {/* Account and admin pages are separate downloads, so learners never fetch them. */}
        <Suspense
          fallback={
            <p role="status" className="loading">
              Loading…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
