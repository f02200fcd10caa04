import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { PageTitle } from '../../ui/PageTitle';
import { SearchBox } from '../../ui/SearchBox';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { AuditLog } from './AuditLog';
import type { SaveRoles } from './UserRolesRow';
import { UserTable } from './UserTable';
import './admin.css';

const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      id
      roles
    }
  }
`);

export function UsersPage() {
  const [search, setSearch] = useState('');
  const settledSearch = useDebouncedValue(search.trim(), 300);
  const [, setUserRoles] = useMutation(SetUserRolesMutation);
  const [savedChanges, setSavedChanges] = useState(0);

  const saveRoles: SaveRoles = async (userId, roles) => {
    // The audit log's answer holds no User, so urql would not know a role change makes it stale.
    const { data, error } = await setUserRoles({ userId, roles }, { additionalTypenames: ['AuditEntryConnection'] });
    if (!data) return { problem: error ? readProblem(error).message : 'The roles were not saved. Try again.' };
    setSavedChanges((count) => count + 1);
    return { roles: data.setUserRoles.roles };
  };

  return (
    <>
      <PageTitle>Users</PageTitle>
      <header className="page-header">
        <h1>Users</h1>
        <p className="lede">Find an account and choose its roles. Every change is kept in the audit log below.</p>
      </header>
      <section className="admin-section">
        <h2>Accounts</h2>
        <SearchBox label="Search by name or email" value={search} onChange={setSearch} />
        {/* A new search starts again from its first page. */}
        <UserTable key={settledSearch} search={settledSearch} onSaveRoles={saveRoles} />
      </section>
      {/* Starts again from the newest entry after each change, so the change is seen at the top. */}
      <AuditLog key={savedChanges} />
    </>
  );
}
