/** Accreditation and disclosures as the API returns them on a course. */
import type { CourseData } from './course-factory';

export function buildDisclosures(): NonNullable<CourseData['disclosures']> {
  return {
    collectedOn: '2026-12-07',
    people: [
      { name: 'Dr Ada Author', roles: ['PLANNER', 'AUTHOR'], relationships: [] },
      {
        name: 'Dr Rui Reviewer',
        roles: ['REVIEWER'],
        relationships: [{ company: 'A device maker', nature: 'Consulting fees', mitigation: 'A second reviewer checked every lesson.' }],
      },
    ],
    commercialSupport: [],
  };
}

export function buildAccreditation(): NonNullable<CourseData['accreditation']> {
  return {
    provider: 'Practitioner Training Platform (an open-source project)',
    accredited: false,
    statement: 'The Practitioner Training Platform is not an accredited provider of continuing education.',
    activityId: 'ptp-botox-chronic-migraine',
    credits: [{ type: 'PARTICIPATION', maximum: 2, designation: 'Learners who complete the activity receive a certificate of participation.' }],
  };
}
