import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { lessonPath } from '../../paths/learn-paths';
import { quizPath } from '../../paths/quiz-paths';

export const NextStepLinkFragment = graphql(`
  fragment NextStepLink on CourseProgress {
    completedSteps
    course {
      slug
    }
    modules {
      slug
      title
    }
    nextStep {
      kind
      moduleSlug
      lesson {
        slug
        title
      }
      quiz {
        id
      }
    }
  }
`);

/** The one thing to do next in a course, as a call to action; nothing once the course is complete. */
export function NextStepLink(props: { progress: FragmentType<typeof NextStepLinkFragment> }) {
  const { completedSteps, course, modules, nextStep } = readFragment(NextStepLinkFragment, props.progress);
  if (!nextStep) return null;

  const { kind, lesson, quiz } = nextStep;
  if (kind === 'READ_LESSON' && lesson) {
    return (
      <Link className="button" to={lessonPath(course.slug, lesson.slug)}>
        {completedSteps === 0 ? 'Start reading' : 'Continue reading'} {lesson.title}
      </Link>
    );
  }
  if (!quiz) return null;
  const module = modules.find(({ slug }) => slug === nextStep.moduleSlug);
  return (
    <Link className="button" to={quizPath(course.slug, quiz.id)}>
      {kind === 'TAKE_FINAL_EXAM' ? 'Take the final exam' : `Take the ${module?.title ?? 'module'} quiz`}
    </Link>
  );
}
