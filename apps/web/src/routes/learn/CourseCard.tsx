import { Link } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { coursePath } from '../../paths/learn-paths';
import { countLabel } from '../../ui/count-label';

export const CourseCardFragment = graphql(`
  fragment CourseCard on Course {
    slug
    title
    summary
    creditHours
    modules {
      id
    }
  }
`);

export function CourseCard(props: { course: FragmentType<typeof CourseCardFragment> }) {
  const course = readFragment(CourseCardFragment, props.course);
  return (
    <article className="course-card">
      <h2 className="course-card__title">
        <Link to={coursePath(course.slug)}>{course.title}</Link>
      </h2>
      <p>{course.summary}</p>
      <p className="course-card__facts">
        <span>{countLabel(course.creditHours, 'credit hour')}</span>
        <span>{countLabel(course.modules.length, 'module')}</span>
      </p>
    </article>
  );
}
