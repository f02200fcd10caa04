import { Checkbox } from 'react-aria-components';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EligibleLearnersQuery as EligibleLearnersAnswer } from '../../gql/graphql';
import { PagedTable } from '../../ui/PagedTable';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { EligibleLearnerRow } from './EligibleLearnerRow';
import type { IssueOutcome } from './use-issue-certificate';

const EligibleLearnersQuery = graphql(`
  query EligibleLearners($courseSlug: String!, $first: Int, $after: String) {
    eligibleLearners(courseSlug: $courseSlug, first: $first, after: $after) {
      edges {
        node {
          id
          ...EligibleLearnerRow
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

interface EligibleLearnersTableProps {
  courseSlug: string;
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: ReadonlySet<string>) => void;
  onIssue: (userId: string) => Promise<IssueOutcome>;
}

/** Learners who completed the course and accepted its attestation but hold no valid certificate, by name. */
export function EligibleLearnersTable({ courseSlug, selected, onSelectedChange, onIssue }: EligibleLearnersTableProps) {
  const paging = useCursorPages<EligibleLearnersAnswer['eligibleLearners']['edges'][number]>();
  const [{ data, error, fetching, operation }, reexecuteQuery] = useQuery({
    query: EligibleLearnersQuery,
    variables: { courseSlug, first: PAGE_SIZE, after: paging.after },
    requestPolicy: 'cache-and-network',
  });
  const { edges, hasNextPage, loadMore } = paging.read(data?.eligibleLearners, operation?.variables.after);
  const shownIds = edges.map(({ node }) => node.id);
  const selectedShown = shownIds.filter((id) => selected.has(id)).length;

  function select(ids: string[], isSelected: boolean) {
    const next = new Set(selected);
    for (const id of ids) {
      if (isSelected) next.add(id);
      else next.delete(id);
    }
    onSelectedChange(next);
  }

  const selectAll = (
    <Checkbox
      className="checkbox"
      aria-label="Select every learner shown"
      isSelected={selectedShown > 0 && selectedShown === shownIds.length}
      isIndeterminate={selectedShown > 0 && selectedShown < shownIds.length}
      onChange={(isSelected) => select(shownIds, isSelected)}
    >
      <span className="checkbox__box" aria-hidden="true" />
    </Checkbox>
  );

  return (
    <PagedTable
      label="Eligible learners"
      columns={[selectAll, 'Name', 'Email', 'Completed', 'Attested', <span className="visually-hidden">Issue</span>]}
      noun="learner"
      emptyText="No learner is waiting for a certificate for this course."
      shownCount={edges.length}
      loading={fetching}
      hasNextPage={hasNextPage}
      error={error}
      onLoadMore={loadMore}
      onRetry={() => reexecuteQuery({ requestPolicy: 'network-only' })}
    >
      {edges.map(({ node }) => (
        <EligibleLearnerRow
          key={node.id}
          learner={node}
          isSelected={selected.has(node.id)}
          onSelectedChange={(isSelected) => select([node.id], isSelected)}
          onIssue={onIssue}
        />
      ))}
    </PagedTable>
  );
}
