import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { lessonPath } from '../../paths/learn-paths';
import { byPosition } from '../../ui/by-position';
import { scoreLabel } from '../../ui/progress-words';
import { StatusBadge } from '../../ui/StatusBadge';
import { QuizStep } from './QuizStep';

export const ModuleOutlineFragment = graphql(`
  fragment ModuleOutline on CourseModule {
    slug
    title
    position
    objectives
    lessons {
      id
      slug
      title
      position
    }
    quiz {
      ...QuizStep
    }
  }
`);

export const ModuleOutlineProgressFragment = graphql(`
  fragment ModuleOutlineProgress on ModuleProgress {
    status
    quizPassed
    bestQuizScore
    lessons {
      lessonId
      completed
    }
  }
`);

interface ModuleOutlineProps {
  courseSlug: string;
  module: FragmentType<typeof ModuleOutlineFragment>;
  /** The learner's progress in the module; absent when they have not enrolled. */
  progress?: FragmentType<typeof ModuleOutlineProgressFragment>;
}

export function ModuleOutline({ courseSlug, module: moduleRef, progress: progressRef }: ModuleOutlineProps) {
  const module = readFragment(ModuleOutlineFragment, moduleRef);
  const progress = readFragment(ModuleOutlineProgressFragment, progressRef);
  const headingId = `module-${module.slug}`;
  const completed = new Set(progress?.lessons.filter((lesson) => lesson.completed).map((lesson) => lesson.lessonId));

  return (
    <section className="module" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="eyebrow">Module {module.position}</span> {module.title}
      </h2>
      {progress && <StatusBadge status={progress.status} />}
      {module.objectives.length > 0 && (
        <>
          <h3>You will be able to</h3>
          <ul className="objectives">
            {module.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Lessons</h3>
      <ol className="lesson-list">
        {byPosition(module.lessons).map((lesson) => (
          <li key={lesson.id}>
            <Link to={lessonPath(courseSlug, lesson.slug)}>{lesson.title}</Link>
            {completed.has(lesson.id) && (
              <>
                <span className="lesson-list__done" aria-hidden="true">
                  ✓
                </span>
                <span className="visually-hidden"> (completed)</span>
              </>
            )}
          </li>
        ))}
      </ol>
      {module.quiz && (
        <>
          <h3>Then: module quiz</h3>
          <QuizStep courseSlug={courseSlug} quiz={module.quiz} />
          {progress?.bestQuizScore != null && (
            <p className="quiz-standing">
              Your best score: {scoreLabel(progress.bestQuizScore)}
              {progress.quizPassed ? ', passed' : ', not passed yet'}
            </p>
          )}
        </>
      )}
    </section>
  );
}
