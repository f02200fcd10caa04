import { Link } from 'react-router';
import type { Role } from '../gql/graphql';
import { catalogPath } from '../paths/learn-paths';
import { PageTitle } from '../ui/PageTitle';
import { describeRoles, theRoles } from './roles';
import type { Viewer } from './session/session-context';

interface NoAccessPageProps {
  viewer: Viewer;
  /** Any one of them opens the page. */
  neededRoles: readonly Role[];
}

export function NoAccessPage({ viewer, neededRoles }: NoAccessPageProps) {
  return (
    <section className="notice">
      <PageTitle>You don’t have access</PageTitle>
      <h1>You don’t have access</h1>
      <p>
        This page is for accounts with the {describeRoles(neededRoles, 'or')} role. You are signed in as {viewer.name} (
        {viewer.email}) with {theRoles(viewer.roles)}.
      </p>
      <p>If you need this page, ask an administrator to give your account the role.</p>
      <p>
        <Link to={catalogPath}>Browse all courses</Link>
      </p>
    </section>
  );
}
