import { graphql } from '../../gql';
import type { CitedReferenceFragment } from '../../gql/graphql';

export const CitedReferenceDocument = graphql(`
  fragment CitedReference on Reference {
    key
    number
    title
    publisher
    year
    identifier
    url
    readOn
  }
`);

const readOnWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** One entry of a reference list; its id is where `[n]` citations point. */
export function ReferenceEntry({ reference }: { reference: CitedReferenceFragment }) {
  return (
    <li id={`reference-${reference.key}`} tabIndex={-1} className="reference">
      <span className="reference__number">[{reference.number}]</span>{' '}
      {reference.url ? (
        <a href={reference.url} rel="noopener noreferrer" target="_blank">
          {reference.title}
        </a>
      ) : (
        reference.title
      )}
      . {reference.publisher}, {reference.year}.{reference.identifier && ` ${reference.identifier}.`}{' '}
      <span className="reference__read">
        Read on <time dateTime={reference.readOn}>{readOnWords.format(new Date(`${reference.readOn}T00:00:00Z`))}</time>.
      </span>
    </li>
  );
}
