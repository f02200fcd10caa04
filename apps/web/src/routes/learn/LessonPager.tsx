import { Link } from 'react-router';
import { coursePath, lessonPath } from '../../paths/learn-paths';

interface LessonLink {
  slug: string;
  title: string;
}

interface LessonPagerProps {
  courseSlug: string;
  previous: LessonLink | undefined;
  next: LessonLink | undefined;
}

export function LessonPager({ courseSlug, previous, next }: LessonPagerProps) {
  return (
    <nav aria-label="Lessons" className="lesson-pager">
      {previous && (
        <Link className="lesson-pager__link lesson-pager__link--previous" to={lessonPath(courseSlug, previous.slug)} rel="prev">
          <span className="lesson-pager__label">Previous lesson</span>
          {previous.title}
        </Link>
      )}
      {next ? (
        <Link className="lesson-pager__link lesson-pager__link--next" to={lessonPath(courseSlug, next.slug)} rel="next">
          <span className="lesson-pager__label">Next lesson</span>
          {next.title}
        </Link>
      ) : (
        <Link className="lesson-pager__link lesson-pager__link--next" to={coursePath(courseSlug)}>
          <span className="lesson-pager__label">Next step</span>
          Back to the course outline
        </Link>
      )}
    </nav>
  );
}
