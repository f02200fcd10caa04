import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Breadcrumb } from '../../app/Breadcrumb';
import { countLabel } from '../../app/count-label';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import { QueryStatus } from '../../app/QueryStatus';
import { graphql } from '../../gql';
import { catalogPath, lessonPath } from './learn-paths';
import { byPosition, courseLessons } from './lesson-sequence';
import { ModuleOutline } from './ModuleOutline';
import { QuizStep } from './QuizStep';

const CourseOutlineQuery = graphql(`
  query CourseOutline($courseSlug: String!) {
    course(slug: $courseSlug) {
      id
      slug
      title
      summary
      creditHours
      sourceTitle
      modules {
        id
        position
        lessons {
          slug
          position
        }
        ...ModuleOutline
      }
      finalQuiz {
        ...QuizStep
      }
    }
  }
`);

export function CourseOutlinePage() {
  const { courseSlug = '' } = useParams();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CourseOutlineQuery, variables: { courseSlug } });

  if (!data) return <QueryStatus subject="this course" error={error} reexecuteQuery={reexecuteQuery} />;
  const { course } = data;
  if (!course) {
    return <NotFoundPage title="Course not found" explanation="There is no published course at this address." />;
  }

  const modules = byPosition(course.modules);
  const lessons = courseLessons(modules);
  const firstLesson = lessons[0]?.lesson;

  return (
    <article className="course-outline">
      <PageTitle>{course.title}</PageTitle>
      <Breadcrumb trail={[{ label: 'Courses', to: catalogPath }]} current={course.title} />
      <header className="page-header">
        <h1>{course.title}</h1>
        <p className="lede">{course.summary}</p>
        <ul className="facts" aria-label="About this course">
          <li>{countLabel(course.creditHours, 'credit hour')}</li>
          <li>{countLabel(modules.length, 'module')}</li>
          <li>{countLabel(lessons.length, 'lesson')}</li>
          <li>Source: {course.sourceTitle}</li>
        </ul>
        {firstLesson && (
          <Link className="button" to={lessonPath(course.slug, firstLesson.slug)}>
            Start the first lesson
          </Link>
        )}
      </header>
      <ol className="module-list">
        {modules.map((module) => (
          <li key={module.id}>
            <ModuleOutline courseSlug={course.slug} module={module} />
          </li>
        ))}
      </ol>
      {course.finalQuiz && (
        <section className="final-exam" aria-labelledby="final-exam-heading">
          <h2 id="final-exam-heading">Final exam</h2>
          <QuizStep quiz={course.finalQuiz} />
        </section>
      )}
    </article>
  );
}
