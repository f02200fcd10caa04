import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { lessonPath } from './learn-paths';
import { byPosition } from './lesson-sequence';
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

interface ModuleOutlineProps {
  courseSlug: string;
  module: FragmentType<typeof ModuleOutlineFragment>;
}

export function ModuleOutline({ courseSlug, module: moduleRef }: ModuleOutlineProps) {
  const module = readFragment(ModuleOutlineFragment, moduleRef);
  const headingId = `module-${module.slug}`;

  return (
    <section className="module" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="eyebrow">Module {module.position}</span> {module.title}
      </h2>
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
          </li>
        ))}
      </ol>
      {module.quiz && (
        <>
          <h3>Then: module quiz</h3>
          <QuizStep quiz={module.quiz} />
        </>
      )}
    </section>
  );
}
