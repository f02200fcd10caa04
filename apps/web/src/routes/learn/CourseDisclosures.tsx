import { graphql, readFragment, type FragmentType } from '../../gql';
import type { ContentRole } from '../../gql/graphql';
import { dayOf } from '../../ui/certificate-words';

export const CourseDisclosuresFragment = graphql(`
  fragment CourseDisclosures on Course {
    disclosures {
      collectedOn
      people {
        name
        roles
        relationships {
          company
          nature
          mitigation
        }
      }
      commercialSupport {
        supporter
        kind
      }
    }
  }
`);

const roleWords: Record<ContentRole, string> = { PLANNER: 'planner', AUTHOR: 'author', REVIEWER: 'reviewer' };

/** Everyone in control of the content with their financial relationships of the past 24 months, and commercial support. */
export function CourseDisclosures(props: { course: FragmentType<typeof CourseDisclosuresFragment> }) {
  const { disclosures } = readFragment(CourseDisclosuresFragment, props.course);
  if (!disclosures) return null;
  return (
    <>
      <p>
        Everyone in control of this course’s content disclosed their relevant financial relationships of the past 24 months
        (collected on {dayOf(disclosures.collectedOn)}).
      </p>
      <ul className="disclosures__people">
        {disclosures.people.map((person) => (
          <li key={person.name}>
            <strong>{person.name}</strong> ({person.roles.map((role) => roleWords[role]).join(', ')}):{' '}
            {person.relationships.length === 0 ? (
              'no relevant financial relationships.'
            ) : (
              <ul>
                {person.relationships.map((relationship) => (
                  <li key={`${relationship.company}:${relationship.nature}`}>
                    {relationship.company}, {relationship.nature}. Mitigated: {relationship.mitigation}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p>
        {disclosures.commercialSupport.length === 0
          ? 'This course received no commercial support.'
          : `Commercial support: ${disclosures.commercialSupport.map((support) => `${support.supporter} (${support.kind})`).join('; ')}.`}
      </p>
    </>
  );
}
