import { edit, validCourseFiles, type CourseFiles } from './course-fixture';

export const amaDesignation =
  'The Example Medical School designates this enduring material for a maximum of 1 AMA PRA Category 1 Credit™. ' +
  'Physicians should claim only the credit commensurate with the extent of their participation in the activity.';

/** The valid package as an accredited provider would ship it: AMA PRA Category 1 and nursing contact hours. */
export function accreditedCourseFiles(): CourseFiles {
  const files = edit(validCourseFiles(), 'course.yaml', 'creditHours: 0.2', 'creditHours: 1');
  return {
    ...files,
    'accreditation.yaml': `provider:
  name: The Example Medical School
  accredited: true
statement: >-
  The Example Medical School is accredited by the Accreditation Council for Continuing Medical
  Education (ACCME) to provide continuing medical education for physicians.
format: enduring-material
activityId: EMS-2026-0042
credits:
  - type: ama-pra-category-1
    maximum: 1
    designation: >-
      ${amaDesignation}
  - type: nursing-contact-hours
    maximum: 1
    designation: This activity is approved for 1 nursing contact hour.
`,
  };
}
