import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { UsersQuery as UsersAnswer } from '../../gql/graphql';
import { PagedTable } from '../../ui/PagedTable';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { UserRolesRow, type SaveRoles } from './UserRolesRow';

const UsersQuery = graphql(`
  query Users($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      edges {
        node {
          id
          ...UserRolesRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 20;

interface UserTableProps {
  /** Part of a name or email; empty lists every account. */
  search: string;
  onSaveRoles: SaveRoles;
}

export function UserTable({ search, onSaveRoles }: UserTableProps) {
  const paging = useCursorPages<UsersAnswer['users']['edges'][number]>();
  const [{ data, error, fetching, operation }, reexecuteQuery] = useQuery({
    query: UsersQuery,
    variables: { search: search || null, first: PAGE_SIZE, after: paging.after },
  });
  const { edges, hasNextPage, loadMore } = paging.read(data?.users, operation?.variables.after);

  return (
    <PagedTable
      label="Accounts"
      columns={['Name', 'Email', 'Roles', <span className="visually-hidden">Save</span>]}
      noun="account"
      emptyText={search ? `No account matches “${search}”.` : 'There are no accounts yet.'}
      shownCount={edges.length}
      loading={fetching}
      hasNextPage={hasNextPage}
      error={error}
      onLoadMore={loadMore}
      onRetry={() => reexecuteQuery({ requestPolicy: 'network-only' })}
    >
      {edges.map(({ node }) => (
        <UserRolesRow key={node.id} user={node} onSave={onSaveRoles} />
      ))}
    </PagedTable>
  );
}
