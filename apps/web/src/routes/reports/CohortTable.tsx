import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CohortReportQuery as CohortReportAnswer, CohortSortField } from '../../gql/graphql';
import { PagedTable } from '../../ui/PagedTable';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { cohortQueryArguments, type CohortView } from './cohort-view';
import { CohortMemberRow } from './CohortMemberRow';
import { SortButton } from './SortButton';

const CohortReportQuery = graphql(`
  query CohortReport($courseSlug: String!, $filter: CohortFilter, $sort: CohortSort, $first: Int, $after: String) {
    cohortReport(courseSlug: $courseSlug, filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        node {
          learnerId
          ...CohortMemberRow
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

interface CohortTableProps {
  courseSlug: string;
  modules: { slug: string; title: string; position: number }[];
  hasFinalExam: boolean;
  view: CohortView;
  onSort: (field: CohortSortField) => void;
}

/**
 * The learners a view picks, a page at a time. A new order starts again from the first page in
 * place, so the column heading just pressed keeps focus; new filters need a new table (a `key`).
 */
export function CohortTable({ courseSlug, modules, hasFinalExam, view, onSort }: CohortTableProps) {
  const paging = useCursorPages<CohortReportAnswer['cohortReport']['edges'][number]>();
  const [{ data, error, fetching, operation }, reexecuteQuery] = useQuery({
    query: CohortReportQuery,
    variables: { courseSlug, ...cohortQueryArguments(view), first: PAGE_SIZE, after: paging.after },
    // Learners move on in their own sessions, which this page's cache never hears of.
    requestPolicy: 'cache-and-network',
  });
  const { edges, hasNextPage, loadMore } = paging.read(data?.cohortReport, operation?.variables.after);

  function sortAgain(field: CohortSortField) {
    paging.restart();
    onSort(field);
  }
  const sortable = (field: CohortSortField, label: string) => ({
    field,
    heading: <SortButton label={label} field={field} sort={view.sort} onSort={sortAgain} />,
  });
  const columns: { field?: CohortSortField; heading: ReactNode }[] = [
    sortable('NAME', 'Name'),
    sortable('EMAIL', 'Email'),
    { heading: 'Status' },
    sortable('PERCENT', 'Progress'),
    ...modules.map((module) => ({
      heading: (
        <span className="cohort-module-heading">
          <span className="eyebrow">Module {module.position}</span> {module.title}
        </span>
      ),
    })),
    ...(hasFinalExam ? [{ heading: 'Final exam' }] : []),
    { heading: 'Certificate' },
    sortable('LAST_ACTIVITY', 'Last activity'),
  ];
  const filtered = view.status !== null || view.eligibleOnly || view.search !== '';

  return (
    <PagedTable
      label="Learners"
      columns={columns.map(({ heading }) => heading)}
      sortedColumn={{
        index: columns.findIndex(({ field }) => field === view.sort.field),
        direction: view.sort.direction === 'ASC' ? 'ascending' : 'descending',
      }}
      noun="learner"
      emptyText={filtered ? 'No learner matches these filters.' : 'No one has enrolled in this course yet.'}
      shownCount={edges.length}
      loading={fetching}
      hasNextPage={hasNextPage}
      error={error}
      onLoadMore={loadMore}
      onRetry={() => reexecuteQuery({ requestPolicy: 'network-only' })}
    >
      {edges.map(({ node }) => (
        <CohortMemberRow
          key={node.learnerId}
          member={node}
          moduleSlugs={modules.map(({ slug }) => slug)}
          hasFinalExam={hasFinalExam}
        />
      ))}
    </PagedTable>
  );
}
