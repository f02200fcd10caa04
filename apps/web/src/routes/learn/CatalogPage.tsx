import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { CourseCard } from './CourseCard';

const CatalogQuery = graphql(`
  query Catalog {
    courses {
      id
      ...CourseCard
    }
  }
`);

export function CatalogPage() {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CatalogQuery });

  return (
    <>
      <PageTitle description="Short courses for clinicians, each built from a source article that every lesson cites, with quizzes and certificates anyone can verify.">
        Courses
      </PageTitle>
      <header className="page-header">
        <h1>Courses</h1>
        <p className="lede">
          Short courses for clinicians, each built from a source article that every lesson cites.
        </p>
      </header>
      {!data ? (
        <QueryStatus subject="courses" error={error} reexecuteQuery={reexecuteQuery} />
      ) : data.courses.length === 0 ? (
        <p>No courses are published yet.</p>
      ) : (
        <ul className="course-grid">
          {data.courses.map((course) => (
            <li key={course.id}>
              <CourseCard course={course} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
