import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AuditLogQuery as AuditLogAnswer } from '../../gql/graphql';
import { PagedTable } from '../../ui/PagedTable';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { AuditEntryRow } from './AuditEntryRow';

const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      edges {
        node {
          id
          ...AuditEntryRow
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

/** Who changed what for whom, newest first. */
export function AuditLog() {
  const paging = useCursorPages<AuditLogAnswer['auditLog']['edges'][number]>();
  const [{ data, error, fetching, operation }, reexecuteQuery] = useQuery({
    query: AuditLogQuery,
    variables: { first: PAGE_SIZE, after: paging.after },
  });
  const { edges, hasNextPage, loadMore } = paging.read(data?.auditLog, operation?.variables.after);

  return (
    <section className="admin-section">
      <h2>Audit log</h2>
      <PagedTable
        label="Audit log"
        columns={['When', 'Who', 'What', 'Whom', 'Change']}
        noun="event"
        emptyText="Nothing has been recorded yet."
        shownCount={edges.length}
        loading={fetching}
        hasNextPage={hasNextPage}
        error={error}
        onLoadMore={loadMore}
        onRetry={() => reexecuteQuery({ requestPolicy: 'network-only' })}
      >
        {edges.map(({ node }) => (
          <AuditEntryRow key={node.id} entry={node} />
        ))}
      </PagedTable>
    </section>
  );
}
