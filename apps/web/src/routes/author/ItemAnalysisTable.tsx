import { Fragment, useState } from 'react';
import { Button } from 'react-aria-components';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { QuestionFlag } from '../../gql/graphql';
import '../../ui/table.css';

export const ItemAnalysisTableFragment = graphql(`
  fragment ItemAnalysisTable on ItemAnalysis {
    questions {
      questionId
      key
      position
      prompt
      attempts
      shareCorrect
      discrimination
      upperLowerIndex
      flags
      options {
        optionId
        text
        correct
        chosenShare
        upperChosenShare
        lowerChosenShare
      }
    }
  }
`);

export const flagLabels: Record<QuestionFlag, { label: string; meaning: string }> = {
  MISLEADS_STRONG_LEARNERS: {
    label: 'Misleads strong learners',
    meaning: 'Strong learners get it wrong more often than weak ones (negative discrimination): check the key and the wording.',
  },
  DISTRACTOR_ATTRACTS_STRONG_LEARNERS: {
    label: 'A wrong option attracts strong learners',
    meaning: 'Strong learners choose a wrong option more often than weak ones: it may be right too, or ambiguous.',
  },
  TOO_EASY: { label: 'Too easy', meaning: 'At least 95% answer it correctly, so it tells learners apart little.' },
  TOO_HARD: { label: 'Too hard', meaning: 'At most 20% answer it correctly.' },
};

const share = (value: number | null | undefined) => (value == null ? '—' : `${Math.round(value * 100)}%`);
const twoPlaces = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(2));

/** One row per question; each opens to show how often each option was chosen. */
export function ItemAnalysisTable(props: { analysis: FragmentType<typeof ItemAnalysisTableFragment> }) {
  const { questions } = readFragment(ItemAnalysisTableFragment, props.analysis);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  function toggle(questionId: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(questionId)) next.add(questionId);
      return next;
    });
  }

  return (
    <div className="table-scroll" role="region" aria-label="Questions" tabIndex={0}>
      <table className="data-table item-analysis-table">
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Attempts</th>
            <th scope="col">Correct</th>
            <th scope="col">Discrimination</th>
            <th scope="col">Strong − weak</th>
            <th scope="col">Flags</th>
            <th scope="col">Options</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question) => {
            const isOpen = open.has(question.questionId);
            const optionsId = `options-${question.questionId}`;
            return (
              <Fragment key={question.questionId}>
                <tr>
                  <th scope="row">
                    <span className="question-item__meta">
                      {question.position}. {question.key}
                    </span>
                    {question.prompt}
                  </th>
                  <td>{question.attempts}</td>
                  <td>{share(question.shareCorrect)}</td>
                  <td>{twoPlaces(question.discrimination)}</td>
                  <td>{twoPlaces(question.upperLowerIndex)}</td>
                  <td>
                    <ul className="flags">
                      {question.flags.map((flag) => (
                        <li key={flag} className="flag">
                          {flagLabels[flag].label}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {question.options.length > 0 && (
                      <Button
                        className="link-button"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? optionsId : undefined}
                        onPress={() => toggle(question.questionId)}
                      >
                        {isOpen ? 'Hide' : 'Show'}{' '}
                        <span className="visually-hidden">options of question {question.position}</span>
                      </Button>
                    )}
                  </td>
                </tr>
                {isOpen && (
                  <tr id={optionsId} className="option-breakdown">
                    <td colSpan={7}>
                      <table className="data-table">
                        <caption className="visually-hidden">Options of question {question.position}</caption>
                        <thead>
                          <tr>
                            <th scope="col">Option</th>
                            <th scope="col">Chosen by all</th>
                            <th scope="col">by strong learners</th>
                            <th scope="col">by weak learners</th>
                          </tr>
                        </thead>
                        <tbody>
                          {question.options.map((option) => (
                            <tr key={option.optionId}>
                              <th scope="row">
                                {option.text}
                                {option.correct && <span className="correct-mark"> (correct)</span>}
                              </th>
                              <td>{share(option.chosenShare)}</td>
                              <td>{share(option.upperChosenShare)}</td>
                              <td>{share(option.lowerChosenShare)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
