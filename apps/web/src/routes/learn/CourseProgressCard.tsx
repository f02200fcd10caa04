import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { coursePath } from '../../paths/learn-paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { CourseStanding } from './CourseStanding';
import { ModuleStandings } from './ModuleStandings';

export const CourseProgressCardFragment = graphql(`
  fragment CourseProgressCard on CourseProgress {
    status
    course {
      slug
      title
    }
    ...CourseStanding
    ...ModuleStandings
  }
`);

/** One of the learner's courses on their dashboard. */
export function CourseProgressCard(props: { progress: FragmentType<typeof CourseProgressCardFragment> }) {
  const progress = readFragment(CourseProgressCardFragment, props.progress);
  const headingId = `course-${progress.course.slug}`;
  return (
    <article className="course-progress" aria-labelledby={headingId}>
      <header className="course-progress__header">
        <h2 id={headingId} className="course-progress__title">
          <Link to={coursePath(progress.course.slug)}>{progress.course.title}</Link>
        </h2>
        <StatusBadge status={progress.status} />
      </header>
      <CourseStanding progress={progress} />
      <h3 className="course-progress__subheading">Modules</h3>
      <ModuleStandings progress={progress} />
    </article>
  );
}
