import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { graphql, readFragment } from '../../gql';
import { authorPath } from '../../paths/author-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { EditedQuizFragment, type EditedQuiz } from './edited-quiz';
import { PublishPanel } from './PublishPanel';
import { QtiExchangePanel } from './QtiExchangePanel';
import { useQtiImport } from './qti-import';
import { QuizCitationReviews } from './QuizCitationReviews';
import { QuestionList } from './QuestionList';
import { QuizSettingsForm } from './QuizSettingsForm';
import { RegradePanel } from './RegradePanel';
import { useQuizEdits } from './use-quiz-edits';
import './author.css';

const QuizEditorQuery = graphql(`
  query QuizEditor($quizId: ID!) {
    quizForAuthoring(id: $quizId) {
      ...EditedQuiz
      citationReviews {
        ...CitationReviewFields
      }
    }
  }
`);

export function QuizEditorPage() {
  const { quizId = '' } = useParams();
  // Another quiz starts a fresh editor: nothing typed for one quiz shows on the next.
  return <QuizEditor key={quizId} quizId={quizId} />;
}

function QuizEditor({ quizId }: { quizId: string }) {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: QuizEditorQuery, variables: { quizId } });
  // Each edit answers with the whole quiz; showing that answer at once spares waiting for the query again.
  const [edited, setEdited] = useState<EditedQuiz | null>(null);
  const edits = useQuizEdits(quizId, setEdited);
  const importQti = useQtiImport(quizId, setEdited);

  if (!data) return <QueryStatus subject="this quiz" error={error} reexecuteQuery={reexecuteQuery} />;
  if (!data.quizForAuthoring) return <NotFoundPage title="Quiz not found" explanation="There is no quiz at this address." />;
  const quiz = edited ?? readFragment(EditedQuizFragment, data.quizForAuthoring);

  return (
    <article className="quiz-editor">
      <PageTitle>{`Edit ${quiz.title}`}</PageTitle>
      <Breadcrumb trail={[{ label: 'Authoring', to: authorPath }]} current={quiz.title} />
      <header className="page-header">
        <p className="eyebrow">Quiz editor</p>
        <h1>{quiz.title}</h1>
      </header>
      <QuizCitationReviews reviews={data.quizForAuthoring.citationReviews} />
      <PublishPanel quiz={quiz} onPublish={edits.publish} />
      <QuestionList questions={quiz.questions} edits={edits} />
      <QuizSettingsForm quiz={quiz} onSave={edits.saveSettings} />
      <QtiExchangePanel quiz={quiz} onImport={importQti} />
      {quiz.status === 'PUBLISHED' && <RegradePanel quiz={quiz} />}
    </article>
  );
}
