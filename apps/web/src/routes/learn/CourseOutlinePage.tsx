import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useSession } from '../../app/session/session-context';
import { graphql } from '../../gql';
import { catalogPath, lessonPath } from '../../paths/learn-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { byPosition } from '../../ui/by-position';
import { countLabel } from '../../ui/count-label';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { CourseAbout } from './CourseAbout';
import { CourseAccreditation } from './CourseAccreditation';
import { OutlineDisclosures } from './OutlineDisclosures';
import { CourseDates, takesEnrolments } from './CourseDates';
import { CourseStanding } from './CourseStanding';
import { EnrolButton } from './EnrolButton';
import { courseLessons } from './lesson-sequence';
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
      estimatedMinutes
      ...CourseAbout
      ...CourseAccreditation
      ...CourseDisclosures
      ...CourseDates
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
      myProgress {
        modules {
          moduleId
          ...ModuleOutlineProgress
        }
        ...CourseStanding
      }
    }
  }
`);

// Asks for the course back, so that urql reloads every page showing it, now with the learner's progress.
const EnrollMutation = graphql(`
  mutation Enroll($courseSlug: String!) {
    enroll(courseSlug: $courseSlug) {
      id
      course {
        id
      }
    }
  }
`);

export function CourseOutlinePage() {
  const { courseSlug = '' } = useParams();
  const { viewer } = useSession();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CourseOutlineQuery, variables: { courseSlug } });
  const [enrolment, enroll] = useMutation(EnrollMutation);

  if (!data) return <QueryStatus subject="this course" error={error} reexecuteQuery={reexecuteQuery} />;
  const { course } = data;
  if (!course) {
    return <NotFoundPage title="Course not found" explanation="There is no published course at this address." />;
  }

  const modules = byPosition(course.modules);
  const lessons = courseLessons(modules);
  const firstLesson = lessons[0]?.lesson;
  const progressOf = (moduleId: string) => course.myProgress?.modules.find((module) => module.moduleId === moduleId);

  return (
    <article className="course-outline">
      <PageTitle description={course.summary}>{course.title}</PageTitle>
      <Breadcrumb trail={[{ label: 'Courses', to: catalogPath }]} current={course.title} />
      <header className="page-header">
        <h1>{course.title}</h1>
        <p className="lede">{course.summary}</p>
        <ul className="facts" aria-label="About this course">
          <li>{countLabel(course.creditHours, 'credit hour')}</li>
          <li>{countLabel(modules.length, 'module')}</li>
          <li>{countLabel(lessons.length, 'lesson')}</li>
          {course.estimatedMinutes && <li>About {countLabel(course.estimatedMinutes, 'minute')} of study</li>}
          <li>Source: {course.sourceTitle}</li>
        </ul>
        <CourseDates course={course} />
        {course.myProgress ? (
          <CourseStanding progress={course.myProgress} />
        ) : !takesEnrolments(course) ? null : viewer ? (
          <EnrolButton pending={enrolment.fetching} error={enrolment.error} onEnrol={() => enroll({ courseSlug })} />
        ) : (
          firstLesson && (
            <Link className="button" to={lessonPath(course.slug, firstLesson.slug)}>
              Start the first lesson
            </Link>
          )
        )}
      </header>
      <CourseAbout course={course} />
      <CourseAccreditation course={course} />
      <OutlineDisclosures course={course} />
      <ol className="module-list">
        {modules.map((module) => (
          <li key={module.id}>
            <ModuleOutline courseSlug={course.slug} module={module} progress={progressOf(module.id)} />
          </li>
        ))}
      </ol>
      {course.finalQuiz && (
        <section className="final-exam" aria-labelledby="final-exam-heading">
          <h2 id="final-exam-heading">Final exam</h2>
          <QuizStep courseSlug={course.slug} quiz={course.finalQuiz} />
        </section>
      )}
    </article>
  );
}
