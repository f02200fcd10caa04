import { graphql, readFragment, type FragmentType } from '../../gql';
import type { CitedReferenceFragment } from '../../gql/graphql';
import { CitedReferenceDocument, ReferenceEntry } from './ReferenceEntry';

export const LessonReferencesFragment = graphql(`
  fragment LessonReferences on Lesson {
    references {
      ...CitedReference
    }
    sourcePassages {
      id
      appraisal {
        references {
          ...CitedReference
        }
      }
    }
  }
`);

/**
 * Every work the page cites, in the lesson text or in the appraisals beside it, so each `[n]`
 * link lands on its entry. Numbers are the course's, the same on every lesson.
 */
export function LessonReferences(props: { lesson: FragmentType<typeof LessonReferencesFragment> }) {
  const lesson = readFragment(LessonReferencesFragment, props.lesson);
  const cited = [...lesson.references, ...lesson.sourcePassages.flatMap((passage) => passage.appraisal?.references ?? [])];
  const byNumber = new Map<number, CitedReferenceFragment>();
  for (const reference of readFragment(CitedReferenceDocument, cited)) byNumber.set(reference.number, reference);
  if (byNumber.size === 0) return null;
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">References</h2>
      <ul className="references__list">
        {[...byNumber.values()]
          .sort((a, b) => a.number - b.number)
          .map((reference) => (
            <ReferenceEntry key={reference.key} reference={reference} />
          ))}
      </ul>
    </section>
  );
}
