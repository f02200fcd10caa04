import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { countLabel } from '../../ui/count-label';
import { creditTypeNames } from '../../ui/credit-words';
import { professionNames } from '../../ui/profession-words';
import { QueryStatus } from '../../ui/QueryStatus';
import { completionCsvPath, type CreditReportView } from './credit-report-view';
import { EvaluationResultsSection } from './EvaluationResultsSection';

const CreditSummaryQuery = graphql(`
  query CreditSummary($activityId: String!, $from: Date, $to: Date) {
    activityCreditSummary(activityId: $activityId, from: $from, to: $to) {
      activityId
      learners
      learnersByProfession {
        profession
        learners
      }
      creditsByType {
        creditType
        claims
        totalAmount
      }
      evaluations {
        version
        ...EvaluationResultsFields
      }
    }
  }
`);

/** The credit claimed for one activity over the chosen days, its completion file, and its evaluations. */
export function CreditSummary({ view }: { view: CreditReportView }) {
  const [{ data, error }, reexecuteQuery] = useQuery({
    query: CreditSummaryQuery,
    variables: { activityId: view.activityId, from: view.from, to: view.to },
    // Learners claim credit in their own sessions, which this page's cache never hears of.
    requestPolicy: 'cache-and-network',
  });
  if (!data) return <QueryStatus subject="the credit summary" error={error} reexecuteQuery={reexecuteQuery} />;
  const summary = data.activityCreditSummary;

  return (
    <>
      <section className="report-section">
        <h2>Credit claimed</h2>
        <p>{summary.learners === 0 ? 'No learner claimed credit on these days.' : `${countLabel(summary.learners, 'learner')} claimed credit on these days.`}</p>
        <p>
          <a className="button button--quiet" href={completionCsvPath(view)} download>
            Download the completion file (CSV)
          </a>
        </p>
        {summary.learners > 0 && (
          <div className="credit-summary-tables">
            <div className="table-scroll">
              <table className="data-table">
                <caption>Learners by profession</caption>
                <thead>
                  <tr>
                    <th scope="col">Profession</th>
                    <th scope="col">Learners</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.learnersByProfession.map(({ profession, learners }) => (
                    <tr key={profession}>
                      <th scope="row">{professionNames[profession]}</th>
                      <td>{learners}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-scroll">
              <table className="data-table">
                <caption>Credit by type</caption>
                <thead>
                  <tr>
                    <th scope="col">Credit type</th>
                    <th scope="col">Claims</th>
                    <th scope="col">Hours in all</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.creditsByType.map(({ creditType, claims, totalAmount }) => (
                    <tr key={creditType}>
                      <th scope="row">{creditTypeNames[creditType]}</th>
                      <td>{claims}</td>
                      <td>{totalAmount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </section>
      <section className="report-section">
        <h2>Evaluations</h2>
        <p>Each course version&rsquo;s evaluations, all of them rather than only these days&rsquo;.</p>
        {summary.evaluations.map((results) => (
          <EvaluationResultsSection key={results.version} results={results} />
        ))}
      </section>
    </>
  );
}
