import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CourseActivityQuery as CourseActivityAnswer } from '../../gql/graphql';
import { PagedTable } from '../../ui/PagedTable';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { activityCsvPath } from './cohort-view';
import { LearningEventRow } from './LearningEventRow';

const CourseActivityQuery = graphql(`
  query CourseActivity($courseSlug: String, $first: Int, $after: String) {
    activityLog(courseSlug: $courseSlug, first: $first, after: $after) {
      edges {
        node {
          id
          ...LearningEventRow
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

/** Every learning event in the course, newest first, as the admin can also export it. */
export function CourseActivity({ courseSlug }: { courseSlug: string }) {
  const paging = useCursorPages<CourseActivityAnswer['activityLog']['edges'][number]>();
  const [{ data, error, fetching, operation }, reexecuteQuery] = useQuery({
    query: CourseActivityQuery,
    variables: { courseSlug, first: PAGE_SIZE, after: paging.after },
    // Learners act in their own sessions, which this page's cache never hears of.
    requestPolicy: 'cache-and-network',
  });
  const { edges, hasNextPage, loadMore } = paging.read(data?.activityLog, operation?.variables.after);

  return (
    <section className="report-section">
      <h2>Activity log</h2>
      <p>
        <a className="button button--quiet" href={activityCsvPath(courseSlug)} download>
          Download CSV
        </a>
      </p>
      <PagedTable
        label="Activity log"
        columns={['When', 'Learner', 'What', 'Result']}
        noun="event"
        emptyText="Nothing has happened in this course yet."
        shownCount={edges.length}
        loading={fetching}
        hasNextPage={hasNextPage}
        error={error}
        onLoadMore={loadMore}
        onRetry={() => reexecuteQuery({ requestPolicy: 'network-only' })}
      >
        {edges.map(({ node }) => (
          <LearningEventRow key={node.id} event={node} />
        ))}
      </PagedTable>
    </section>
  );
}
