import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { catalogPath } from '../../paths/learn-paths';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { CourseProgressCard } from './CourseProgressCard';

const MyCoursesQuery = graphql(`
  query MyCourses {
    myCourses {
      course {
        id
      }
      ...CourseProgressCard
    }
  }
`);

export function DashboardPage() {
  // Progress changes on other pages (lessons, quizzes), so each visit asks for the latest.
  const [{ data, error }, reexecuteQuery] = useQuery({ query: MyCoursesQuery, requestPolicy: 'cache-and-network' });

  return (
    <>
      <PageTitle>My learning</PageTitle>
      <header className="page-header">
        <h1>My learning</h1>
        <p className="lede">Your courses, how far you are in each, and what to do next.</p>
      </header>
      {!data ? (
        <QueryStatus subject="your courses" error={error} reexecuteQuery={reexecuteQuery} />
      ) : data.myCourses.length === 0 ? (
        <section className="notice">
          <h2>You haven’t started a course yet</h2>
          <p>Enrol in a course to see your progress and your next step here.</p>
          <p>
            <Link className="button" to={catalogPath}>
              Browse all courses
            </Link>
          </p>
        </section>
      ) : (
        <ul className="course-progress-list">
          {data.myCourses.map((progress) => (
            <li key={progress.course.id}>
              <CourseProgressCard progress={progress} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
