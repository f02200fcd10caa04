import { readFragment, type FragmentType } from '../../gql';
import { CourseDisclosures, CourseDisclosuresFragment } from './CourseDisclosures';

/** The disclosures on the course page, before anyone enrols; the first lesson asks to acknowledge them. */
export function OutlineDisclosures(props: { course: FragmentType<typeof CourseDisclosuresFragment> }) {
  if (!readFragment(CourseDisclosuresFragment, props.course).disclosures) return null;
  return (
    <section className="course-about" aria-labelledby="course-disclosures-heading">
      <h2 id="course-disclosures-heading">Disclosures</h2>
      <CourseDisclosures course={props.course} />
    </section>
  );
}
