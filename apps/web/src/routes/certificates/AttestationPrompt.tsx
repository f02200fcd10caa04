import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { readProblem } from '../../ui/api-problem';

export const AttestationPromptFragment = graphql(`
  fragment AttestationPrompt on CourseProgress {
    eligibleForCertificate
    attestationAccepted
    course {
      slug
      title
      attestation
    }
  }
`);

const AcceptAttestationMutation = graphql(`
  mutation AcceptAttestation($courseSlug: String!, $statement: String) {
    acceptAttestation(courseSlug: $courseSlug, statement: $statement) {
      courseSlug
      statement
    }
  }
`);

interface AttestationPromptProps {
  progress: FragmentType<typeof AttestationPromptFragment>;
  /** With the statement as the server recorded it. */
  onAccepted?: (accepted: { courseTitle: string; statement: string }) => void;
}

/**
 * The last step before a certificate: once a course is complete, the learner confirms they did the
 * work themselves. Shows nothing before then or after, so any page with the learner's progress can hold it.
 */
export function AttestationPrompt(props: AttestationPromptProps) {
  const { eligibleForCertificate, attestationAccepted, course } = readFragment(AttestationPromptFragment, props.progress);
  const [{ fetching, error }, accept] = useMutation(AcceptAttestationMutation);
  const headingId = useId();
  if (!eligibleForCertificate || attestationAccepted) return null;

  async function confirm() {
    // Accepting can issue the certificate at once, which changes every page showing this progress.
    // The words shown are sent back: if the course changed them meanwhile, nothing is recorded.
    const { data } = await accept({ courseSlug: course.slug, statement: course.attestation }, { additionalTypenames: ['CourseProgress', 'Certificate'] });
    if (data) props.onAccepted?.({ courseTitle: course.title, statement: data.acceptAttestation.statement });
  }

  return (
    <section className="attestation" aria-labelledby={headingId}>
      <h2 id={headingId}>Confirm your work for {course.title}</h2>
      <p>You have completed this course. A certificate is issued only to learners who confirm this statement:</p>
      <blockquote className="attestation__statement">{course.attestation}</blockquote>
      <Button className="button" isPending={fetching} onPress={confirm}>
        I confirm this statement
      </Button>
      {error && (
        <p role="alert" className="form-alert attestation__problem">
          Your confirmation was not saved. {readProblem(error).message}
        </p>
      )}
    </section>
  );
}
