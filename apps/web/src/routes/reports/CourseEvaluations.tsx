import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { EvaluationResultsSection } from './EvaluationResultsSection';

const CourseEvaluationResultsQuery = graphql(`
  query CourseEvaluationResults($courseSlug: String!, $version: Int) {
    courseEvaluationResults(courseSlug: $courseSlug, version: $version) {
      version
      ...EvaluationResultsFields
    }
  }
`);

export function evaluationCsvPath(courseSlug: string, version: number): string {
  return `/reports/courses/${encodeURIComponent(courseSlug)}/evaluation.csv?${new URLSearchParams({ version: String(version) })}`;
}

/** A course version's evaluations, the published version first; earlier versions one step at a time. */
export function CourseEvaluations({ courseSlug }: { courseSlug: string }) {
  const [version, setVersion] = useState<number | null>(null);
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CourseEvaluationResultsQuery, variables: { courseSlug, version } });

  if (!data) return <QueryStatus subject="the evaluations" error={error} reexecuteQuery={reexecuteQuery} />;
  const results = data.courseEvaluationResults;
  return (
    <>
      <p className="lede">How learners rated the course version they completed. Answers are counted and comments listed without names.</p>
      <div className="report-actions">
        <a href={evaluationCsvPath(courseSlug, results.version)} download>
          Download version {results.version}’s evaluations (CSV)
        </a>
        {results.version > 1 && (
          <Button className="button button--quiet" onPress={() => setVersion(results.version - 1)}>
            Show version {results.version - 1}
          </Button>
        )}
        {version !== null && (
          <Button className="button button--quiet" onPress={() => setVersion(null)}>
            Show the published version
          </Button>
        )}
      </div>
      <EvaluationResultsSection results={results} />
    </>
  );
}
