import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Breadcrumb } from '../../app/Breadcrumb';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import { QueryStatus } from '../../app/QueryStatus';
import { graphql } from '../../gql';
import { CitedPassages } from './CitedPassages';
import { catalogPath, coursePath } from './learn-paths';
import { LessonBody } from './LessonBody';
import { LessonPager } from './LessonPager';
import { findLesson } from './lesson-sequence';

const LessonReaderQuery = graphql(`
  query LessonReader($courseSlug: String!) {
    course(slug: $courseSlug) {
      id
      slug
      title
      sourceTitle
      modules {
        id
        title
        position
        lessons {
          id
          slug
          title
          position
          ...LessonBody
          ...CitedPassages
        }
      }
    }
  }
`);

export function LessonPage() {
  const { courseSlug = '', lessonSlug = '' } = useParams();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: LessonReaderQuery, variables: { courseSlug } });

  if (!data) return <QueryStatus subject="this lesson" error={error} reexecuteQuery={reexecuteQuery} />;
  const { course } = data;
  const place = course && findLesson(course.modules, lessonSlug);
  if (!course || !place) {
    return <NotFoundPage title="Lesson not found" explanation="This course has no lesson at this address." />;
  }
  const { module, lesson } = place;

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <PageTitle>{`${lesson.title} · ${course.title}`}</PageTitle>
      <Breadcrumb
        trail={[
          { label: 'Courses', to: catalogPath },
          { label: course.title, to: coursePath(course.slug) },
        ]}
        current={lesson.title}
      />
      <header className="page-header">
        <p className="eyebrow">
          Module {module.position}: {module.title} · Lesson {place.number} of {place.total}
        </p>
        <h1 id="lesson-title">{lesson.title}</h1>
      </header>
      <div className="lesson__layout">
        <LessonBody lesson={lesson} />
        <CitedPassages lesson={lesson} sourceTitle={course.sourceTitle} />
      </div>
      <LessonPager courseSlug={course.slug} previous={place.previous?.lesson} next={place.next?.lesson} />
    </article>
  );
}
