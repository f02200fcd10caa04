import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { queueCompletion, useQueuedCompletions } from '../../app/offline/completion-queue';
import { graphql } from '../../gql';
import { catalogPath, coursePath, lessonPath } from '../../paths/learn-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { CitedPassages } from './CitedPassages';
import { DisclosuresGate } from './DisclosuresGate';
import { findLesson } from './lesson-sequence';
import { LessonBody } from './LessonBody';
import { LessonCompletion } from './LessonCompletion';
import { LessonPager } from './LessonPager';
import { LessonReferences } from './LessonReferences';
import { useReadingTime } from './use-reading-time';

const LessonReaderQuery = graphql(`
  query LessonReader($courseSlug: String!) {
    course(slug: $courseSlug) {
      id
      slug
      title
      sourceTitle
      ...DisclosuresGate
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
          ...LessonReferences
        }
      }
      myProgress {
        modules {
          lessons {
            lessonId
            completed
          }
        }
      }
    }
  }
`);

// Asks for the course back, so that urql reloads every page showing it with the new progress.
const CompleteLessonMutation = graphql(`
  mutation CompleteLesson($lessonId: ID!, $timeSpentSeconds: Int) {
    completeLesson(lessonId: $lessonId, timeSpentSeconds: $timeSpentSeconds) {
      lessonId
      completed
      courseProgress {
        percent
        course {
          id
        }
      }
    }
  }
`);

export function LessonPage() {
  const { courseSlug = '', lessonSlug = '' } = useParams();
  const navigate = useNavigate();
  const readingSeconds = useReadingTime(lessonSlug);
  const [{ data, error }, reexecuteQuery] = useQuery({ query: LessonReaderQuery, variables: { courseSlug } });
  const [completion, completeLesson] = useMutation(CompleteLessonMutation);
  const queued = useQueuedCompletions();

  if (!data) return <QueryStatus subject="this lesson" error={error} reexecuteQuery={reexecuteQuery} />;
  const { course } = data;
  const place = course && findLesson(course.modules, lessonSlug);
  if (!course || !place) {
    return <NotFoundPage title="Lesson not found" explanation="This course has no lesson at this address." />;
  }
  const { module, lesson } = place;
  const completed = Boolean(
    course.myProgress?.modules.some(({ lessons }) => lessons.some((read) => read.lessonId === lesson.id && read.completed)),
  );

  const continueTo = place.next ? lessonPath(course.slug, place.next.lesson.slug) : coursePath(course.slug);

  async function completeAndContinue() {
    const completion = { lessonId: lesson.id, timeSpentSeconds: readingSeconds() };
    const { error: completionError } = await completeLesson(completion);
    // Without a connection the completion waits in this browser and is sent when it returns.
    if (completionError?.networkError) queueCompletion(completion);
    if (!completionError || completionError.networkError) navigate(continueTo);
  }

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <PageTitle description={`${lesson.title}: lesson ${place.number} of ${place.total} of the course ${course.title}.`}>
        {`${lesson.title} · ${course.title}`}
      </PageTitle>
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
      <DisclosuresGate course={course} onAcknowledged={() => reexecuteQuery({ requestPolicy: 'network-only' })}>
        <div className="lesson__layout">
          <div className="lesson__main">
            <LessonBody lesson={lesson} />
            <LessonReferences lesson={lesson} />
          </div>
          <CitedPassages lesson={lesson} sourceTitle={course.sourceTitle} />
        </div>
        <LessonCompletion
          completed={completed}
          queued={queued.some(({ lessonId }) => lessonId === lesson.id)}
          pending={completion.fetching}
          error={completion.error}
          onComplete={completeAndContinue}
        />
      </DisclosuresGate>
      <LessonPager courseSlug={course.slug} previous={place.previous?.lesson} next={place.next?.lesson} />
    </article>
  );
}
