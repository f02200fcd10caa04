import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { graphql, readFragment, type FragmentType } from '../../gql';
import { PassageAppraisal } from '../../ui/PassageAppraisal';

export const CitedPassagesFragment = graphql(`
  fragment CitedPassages on Lesson {
    sourcePassages {
      id
      anchor
      section
      text
      ...PassageAppraisal
    }
  }
`);

interface CitedPassagesProps {
  lesson: FragmentType<typeof CitedPassagesFragment>;
  sourceTitle: string;
}

const passageIdPrefix = 'passage-';

/**
 * Lesson citations are links to `#passage-<anchor>`, numbered in the order of this list. Each
 * passage shows what the article claims and, beneath it, what the evidence says.
 */
export function CitedPassages({ lesson: lessonRef, sourceTitle }: CitedPassagesProps) {
  const { sourcePassages } = readFragment(CitedPassagesFragment, lessonRef);
  const targetedId = useTargetedPassageId();

  if (sourcePassages.length === 0) return null;
  return (
    <aside className="passages" aria-labelledby="passages-heading">
      <h2 id="passages-heading">Cited passages</h2>
      <p className="passages__source">From “{sourceTitle}”</p>
      <ol className="passages__list">
        {sourcePassages.map((passage) => {
          const id = passageIdPrefix + passage.anchor;
          return (
            <li
              key={passage.id}
              id={id}
              tabIndex={-1}
              className={id === targetedId ? 'passage passage--targeted' : 'passage'}
            >
              <p className="passage__section">{passage.section}</p>
              <blockquote className="passage__text">{passage.text}</blockquote>
              <PassageAppraisal passage={passage} />
            </li>
          );
        })}
      </ol>
    </aside>
  );
}

/**
 * The passage named by the address's fragment. It is focused here, not only by the browser, because
 * a lesson opened from a shared link renders its passages after the browser has looked for the fragment.
 */
function useTargetedPassageId(): string | null {
  const { hash } = useLocation();
  const id = decodeURIComponent(hash.slice(1));
  const targetedId = id.startsWith(passageIdPrefix) ? id : null;

  useEffect(() => {
    if (targetedId) document.getElementById(targetedId)?.focus();
  }, [targetedId]);

  return targetedId;
}
