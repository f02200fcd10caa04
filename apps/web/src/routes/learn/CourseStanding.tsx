import { graphql, readFragment, type FragmentType } from '../../gql';
import { countLabel } from '../../ui/count-label';
import { ProgressBar } from '../../ui/ProgressBar';
import { CertificateStanding } from './CertificateStanding';
import { NextStepLink } from './NextStepLink';

export const CourseStandingFragment = graphql(`
  fragment CourseStanding on CourseProgress {
    percent
    completedLessons
    totalLessons
    eligibleForCertificate
    course {
      title
    }
    ...NextStepLink
  }
`);

/** How far the learner is through a course, and what to do next. */
export function CourseStanding(props: { progress: FragmentType<typeof CourseStandingFragment> }) {
  const progress = readFragment(CourseStandingFragment, props.progress);
  return (
    <div className="course-standing">
      <div className="course-standing__measure">
        <ProgressBar label={`Progress in ${progress.course.title}`} percent={progress.percent} />
        <p className="course-standing__figures">
          {progress.percent}% complete · {progress.completedLessons} of {countLabel(progress.totalLessons, 'lesson')}
        </p>
      </div>
      <CertificateStanding eligible={progress.eligibleForCertificate} />
      <NextStepLink progress={progress} />
    </div>
  );
}
