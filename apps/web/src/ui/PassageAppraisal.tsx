import { graphql, readFragment, type FragmentType } from '../gql';
import { appraisalWords } from './appraisal-words';
import './appraisal.css';

export const PassageAppraisalFragment = graphql(`
  fragment PassageAppraisal on SourcePassage {
    appraisal {
      verdict
      correctionHtml
    }
  }
`);

/** What current evidence says of one passage of the source, under the passage itself. */
export function PassageAppraisal(props: { passage: FragmentType<typeof PassageAppraisalFragment> }) {
  const { appraisal } = readFragment(PassageAppraisalFragment, props.passage);
  if (!appraisal) return null;
  const { label, tone } = appraisalWords[appraisal.verdict];
  return (
    <div className={`appraisal appraisal--${tone}`}>
      <p className="appraisal__verdict">
        <span className="visually-hidden">Appraisal: </span>
        {label}
      </p>
      {appraisal.correctionHtml && (
        // Rendered from Markdown and sanitised on the server, like lesson text.
        <div className="appraisal__correction" dangerouslySetInnerHTML={{ __html: appraisal.correctionHtml }} />
      )}
    </div>
  );
}
