import { Link } from 'react-router';
import { PageTitle } from '../ui/PageTitle';

interface NotFoundPageProps {
  title?: string;
  explanation?: string;
}

export function NotFoundPage({
  title = 'Page not found',
  explanation = 'The address may be mistyped, or the page may have moved.',
}: NotFoundPageProps) {
  return (
    <section className="notice">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{explanation}</p>
      <p>
        <Link to="/">Browse all courses</Link>
      </p>
    </section>
  );
}
