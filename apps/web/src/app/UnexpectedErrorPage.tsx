import { Link } from 'react-router';
import { PageTitle } from '../ui/PageTitle';

export function UnexpectedErrorPage() {
  return (
    <section className="notice" role="alert">
      <PageTitle>Something went wrong</PageTitle>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reloading it usually helps.</p>
      <p className="notice__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to="/">Browse all courses</Link>
      </p>
    </section>
  );
}
