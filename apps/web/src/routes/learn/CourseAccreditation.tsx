import { Fragment } from 'react';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { creditLabel } from '../../ui/credit-words';

export const CourseAccreditationFragment = graphql(`
  fragment CourseAccreditation on Course {
    accreditation {
      provider
      accredited
      statement
      activityId
      credits {
        type
        maximum
        designation
      }
    }
  }
`);

/** The provider, its accreditation statement and the credit offered, shown before anyone enrols. */
export function CourseAccreditation(props: { course: FragmentType<typeof CourseAccreditationFragment> }) {
  const { accreditation } = readFragment(CourseAccreditationFragment, props.course);
  if (!accreditation) return null;
  return (
    <section className="course-about" aria-labelledby="course-accreditation-heading">
      <h2 id="course-accreditation-heading">Credit and accreditation</h2>
      <dl className="course-about__facts">
        <dt>Provider</dt>
        <dd>
          {accreditation.provider} ({accreditation.accredited ? 'accredited' : 'not an accredited provider'})
        </dd>
        <dt>Accreditation</dt>
        <dd>{accreditation.statement}</dd>
        <dt>Format</dt>
        <dd>Enduring material (an online course you take at your own pace)</dd>
        {accreditation.credits.map((offer) => (
          <Fragment key={offer.type}>
            <dt>{creditLabel(offer)}</dt>
            <dd>{offer.designation}</dd>
          </Fragment>
        ))}
        <dt>Activity identifier</dt>
        <dd>{accreditation.activityId}</dd>
      </dl>
    </section>
  );
}
