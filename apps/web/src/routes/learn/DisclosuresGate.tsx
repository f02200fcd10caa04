import type { ReactNode } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../../app/session/session-context';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { CourseDisclosures, CourseDisclosuresFragment } from './CourseDisclosures';
import { FormAlert } from '../../ui/FormAlert';

export const DisclosuresGateFragment = graphql(`
  fragment DisclosuresGate on Course {
    slug
    version
    disclosuresAcknowledgedAt
    ...CourseDisclosures
  }
`);

const AcknowledgeDisclosuresMutation = graphql(`
  mutation AcknowledgeDisclosures($courseSlug: String!, $version: Int!) {
    acknowledgeDisclosures(courseSlug: $courseSlug, version: $version) {
      version
      acknowledgedAt
    }
  }
`);

interface DisclosuresGateProps {
  course: FragmentType<typeof DisclosuresGateFragment>;
  /** Reads the course again once the learner has acknowledged. */
  onAcknowledged: () => void;
  children: ReactNode;
}

/**
 * A signed-in learner reads the course's disclosures and acknowledges them before the lessons;
 * anyone else sees them above the lesson.
 */
export function DisclosuresGate({ course: courseData, onAcknowledged, children }: DisclosuresGateProps) {
  const course = readFragment(DisclosuresGateFragment, courseData);
  const { disclosures } = readFragment(CourseDisclosuresFragment, course);
  const { viewer } = useSession();
  const [acknowledgement, acknowledge] = useMutation(AcknowledgeDisclosuresMutation);
  if (!disclosures || course.disclosuresAcknowledgedAt) return <>{children}</>;

  const notice = (
    <section className="disclosures" aria-labelledby="disclosures-heading">
      <h2 id="disclosures-heading">Disclosures</h2>
      <CourseDisclosures course={course} />
    </section>
  );
  if (!viewer) {
    return (
      <>
        {notice}
        {children}
      </>
    );
  }

  async function acknowledgeAndRead() {
    const { error } = await acknowledge({ courseSlug: course.slug, version: course.version });
    // A version released since the page was read has disclosures of its own: read the course again to show them.
    if (!error || readProblem(error).fields.version) onAcknowledged();
  }

  return (
    <>
      {notice}
      <p>Read the disclosures before the lessons; the course records that you have, for this version of the course.</p>
      <button type="button" className="button" disabled={acknowledgement.fetching} onClick={acknowledgeAndRead}>
        {acknowledgement.fetching ? 'Saving…' : 'I have read the disclosures'}
      </button>
      {acknowledgement.error && <FormAlert>{readProblem(acknowledgement.error).message}</FormAlert>}
    </>
  );
}
