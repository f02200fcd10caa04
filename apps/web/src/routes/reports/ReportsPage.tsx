import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../app/session/session-context';
import { graphql } from '../../gql';
import { cohortReportPath, creditReportsPath } from '../../paths/report-paths';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { activityCsvPath } from './cohort-view';
import './reports.css';

const ReportCoursesQuery = graphql(`
  query ReportCourses {
    courses {
      id
      slug
      title
      summary
    }
  }
`);

/** The courses there are reports on. */
export function ReportsPage() {
  const { viewer } = useSession();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: ReportCoursesQuery });

  return (
    <>
      <PageTitle>Reports</PageTitle>
      <header className="page-header">
        <h1>Reports</h1>
        <p className="lede">Choose a course to see its learners against its modules, and download them as a spreadsheet.</p>
      </header>
      {!data ? (
        <QueryStatus subject="courses" error={error} reexecuteQuery={reexecuteQuery} />
      ) : data.courses.length === 0 ? (
        <p>No courses are published yet.</p>
      ) : (
        <ul className="report-courses">
          {data.courses.map((course) => (
            <li key={course.id}>
              <Link to={cohortReportPath(course.slug)}>{course.title}</Link>
              <p>{course.summary}</p>
            </li>
          ))}
        </ul>
      )}
      {viewer?.roles.includes('ADMIN') && (
        <>
          <p>
            <Link to={creditReportsPath}>Credit reports</Link>: the credit learners claimed per accredited activity, and the completion file
            for its accreditor.
          </p>
          <p>
            <a href={activityCsvPath()} download>
              Download the activity log of every course (CSV)
            </a>
          </p>
        </>
      )}
    </>
  );
}
