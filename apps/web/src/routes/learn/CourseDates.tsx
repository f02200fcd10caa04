import { graphql, readFragment, type FragmentType } from '../../gql';
import { Day } from '../../ui/Day';

export const CourseDatesFragment = graphql(`
  fragment CourseDates on Course {
    life {
      releasedAt
      lastReviewedAt
      terminatesAt
      terminated
    }
  }
`);

/**
 * When this version of the course came out, when a clinical reviewer last checked it and when
 * it stops counting, as accredited enduring materials state them; a terminated course says what
 * that means for the learner.
 */
export function CourseDates(props: { course: FragmentType<typeof CourseDatesFragment> }) {
  const { life } = readFragment(CourseDatesFragment, props.course);
  return (
    <>
      <ul className="facts course-dates" aria-label="Review dates">
        {life.releasedAt && (
          <li>
            Released <Day date={life.releasedAt} />
          </li>
        )}
        <li>
          {life.lastReviewedAt ? (
            <>
              Clinically reviewed <Day date={life.lastReviewedAt} />
            </>
          ) : (
            'Not yet signed off by a clinical reviewer'
          )}
        </li>
        {life.terminatesAt && !life.terminated && (
          <li>
            Valid until <Day date={life.terminatesAt} />
          </li>
        )}
      </ul>
      {life.terminated && life.terminatesAt && (
        <p className="notice notice--error" role="note">
          This course reached its termination date on <Day date={life.terminatesAt} />: it takes no new enrolments and grants
          no certificates until a clinical reviewer checks it against current evidence again.
        </p>
      )}
    </>
  );
}

/** Whether the course still takes enrolments. */
export function takesEnrolments(course: FragmentType<typeof CourseDatesFragment>): boolean {
  return !readFragment(CourseDatesFragment, course).life.terminated;
}
