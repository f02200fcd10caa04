import { graphql, readFragment, type FragmentType } from '../../gql';
import type { EvaluationResultsFieldsFragment } from '../../gql/graphql';
import { countLabel } from '../../ui/count-label';

export const EvaluationResultsFields = graphql(`
  fragment EvaluationResultsFields on EvaluationResults {
    version
    responses
    items {
      itemId
      kind
      prompt
      purpose
      answered
      ratings {
        value
        label
        count
      }
      meanRating
      yes
      no
      comments
    }
  }
`);

type EvaluationItem = EvaluationResultsFieldsFragment['items'][number];

function ItemResult({ item }: { item: EvaluationItem }) {
  switch (item.kind) {
    case 'RATING':
      return (
        <table className="data-table evaluation-ratings" aria-label={item.prompt}>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col">Learners</th>
            </tr>
          </thead>
          <tbody>
            {item.ratings.map((rating) => (
              <tr key={rating.value}>
                <th scope="row">{rating.label}</th>
                <td>{rating.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'YES_NO':
      return (
        <p>
          Yes: {item.yes} · No: {item.no}
        </p>
      );
    case 'TEXT':
      return item.comments.length === 0 ? (
        <p>No comments yet.</p>
      ) : (
        <ul className="evaluation-comments">
          {item.comments.map((comment, index) => (
            <li key={index}>{comment}</li>
          ))}
        </ul>
      );
  }
}

/** One course version's evaluations, per item; answers are counted and comments listed, never tied to a learner. */
export function EvaluationResultsSection(props: { results: FragmentType<typeof EvaluationResultsFields> }) {
  const results = readFragment(EvaluationResultsFields, props.results);
  return (
    <section className="evaluation-results">
      <h3>
        Version {results.version} · {countLabel(results.responses, 'response')}
      </h3>
      {results.items.map((item) => (
        <div key={item.itemId} className="evaluation-item">
          <h4>{item.purpose === 'COMMITMENT_TO_CHANGE' ? `Commitments to change: ${item.prompt}` : item.prompt}</h4>
          <ItemResult item={item} />
        </div>
      ))}
    </section>
  );
}
