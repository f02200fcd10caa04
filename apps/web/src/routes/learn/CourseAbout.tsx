import { graphql, readFragment, type FragmentType } from '../../gql';
import { CitedReferenceDocument, ReferenceEntry } from './ReferenceEntry';

export const CourseAboutFragment = graphql(`
  fragment CourseAbout on Course {
    sourceTitle
    audience
    scope
    sourceProvenance {
      publisher
      type
      date
    }
    references {
      ...CitedReference
    }
  }
`);

/**
 * Who the course is for, what it does not qualify anyone to do, and what its source is worth,
 * shown before anyone enrols.
 */
export function CourseAbout(props: { course: FragmentType<typeof CourseAboutFragment> }) {
  const course = readFragment(CourseAboutFragment, props.course);
  const references = readFragment(CitedReferenceDocument, course.references);
  const provenance = course.sourceProvenance;
  if (!course.audience && !course.scope && !provenance) return null;
  return (
    <section className="course-about" aria-labelledby="course-about-heading">
      <h2 id="course-about-heading">About this course</h2>
      <dl className="course-about__facts">
        {course.audience && (
          <>
            <dt>Who it is for</dt>
            <dd>{course.audience}</dd>
          </>
        )}
        {course.scope && (
          <>
            <dt>Scope</dt>
            <dd>{course.scope}</dd>
          </>
        )}
        {provenance && (
          <>
            <dt>The source</dt>
            <dd>
              “{course.sourceTitle}”: {provenance.type}, {provenance.date === 'undated' ? 'undated' : `dated ${provenance.date}`},
              published by {provenance.publisher}. Every passage is appraised against the references below, and lessons
              teach what the evidence says.
            </dd>
          </>
        )}
      </dl>
      {references.length > 0 && (
        <details className="course-about__references">
          <summary>References ({references.length})</summary>
          <ul className="references__list">
            {references.map((reference) => (
              <ReferenceEntry key={reference.key} reference={reference} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
