import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { graphql } from '../../gql';
import { authorPath, itemAnalysisPath, quizEditorPath } from '../../paths/author-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { countLabel } from '../../ui/count-label';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { flagLabels, ItemAnalysisTable } from './ItemAnalysisTable';
import './author.css';

const ItemAnalysisQuery = graphql(`
  query ItemAnalysis($quizId: ID!, $version: Int) {
    quizForAuthoring(id: $quizId) {
      id
      title
      version
      status
      changes {
        comparedWithVersion
      }
    }
    itemAnalysis(quizId: $quizId, version: $version) {
      version
      attempts
      ...ItemAnalysisTable
    }
  }
`);

/** How each question of one published version performed, to find the questions worth rewriting. */
export function ItemAnalysisPage() {
  const { quizId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const version = Number(searchParams.get('version')) || null;
  const [{ data, error }, reexecuteQuery] = useQuery({ query: ItemAnalysisQuery, variables: { quizId, version } });

  if (!data) return <QueryStatus subject="the item analysis" error={error} reexecuteQuery={reexecuteQuery} />;
  const { quizForAuthoring: quiz, itemAnalysis: analysis } = data;
  if (!quiz || !analysis) {
    return <NotFoundPage title="Item analysis not found" explanation="This quiz has no published version with this number." />;
  }
  // A draft's version is not published yet: the newest published one is the version it is compared with.
  const newestPublished = quiz.status === 'PUBLISHED' ? quiz.version : (quiz.changes?.comparedWithVersion ?? analysis.version);
  const versions = Array.from({ length: newestPublished }, (_, index) => index + 1);

  return (
    <article className="item-analysis">
      <PageTitle>{`Item analysis · ${quiz.title}`}</PageTitle>
      <Breadcrumb
        trail={[
          { label: 'Authoring', to: authorPath },
          { label: quiz.title, to: quizEditorPath(quiz.id) },
        ]}
        current="Item analysis"
      />
      <header className="page-header">
        <p className="eyebrow">Item analysis</p>
        <h1>{quiz.title}</h1>
        <p className="lede">
          Version {analysis.version}, from {countLabel(analysis.attempts, 'graded attempt')}. Strong and weak learners are
          the top and bottom 27% of attempts by score.
        </p>
        {versions.length > 1 && (
          <nav aria-label="Versions" className="version-links">
            <span>Versions:</span>
            <ul>
              {versions.map((number) => (
                <li key={number}>
                  <Link to={itemAnalysisPath(quiz.id, number)} aria-current={number === analysis.version ? 'page' : undefined}>
                    {number}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      {analysis.attempts === 0 ? (
        <p>No attempt at this version has been graded yet.</p>
      ) : (
        <ItemAnalysisTable analysis={analysis} />
      )}
      <section aria-labelledby="flags-heading" className="flag-legend">
        <h2 id="flags-heading">What the flags mean</h2>
        <p>Flags appear once a question has at least 10 graded attempts.</p>
        <dl>
          {Object.entries(flagLabels).map(([flag, { label, meaning }]) => (
            <div key={flag}>
              <dt>{label}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
