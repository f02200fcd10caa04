import { flushSync } from 'react-dom';
import { useMutation, type OperationResult } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { NewQuestionInput, QuestionInput, QuizSettingsInput } from '../../gql/graphql';
import { readProblem, type ApiProblem } from '../../ui/api-problem';
import { EditedQuizFragment, type EditedQuiz } from './edited-quiz';

const UpdateQuizSettingsMutation = graphql(`
  mutation UpdateQuizSettings($quizId: ID!, $input: QuizSettingsInput!) {
    updateQuizSettings(quizId: $quizId, input: $input) {
      ...EditedQuiz
    }
  }
`);

const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($quizId: ID!, $input: NewQuestionInput!) {
    createQuestion(quizId: $quizId, input: $input) {
      ...EditedQuiz
    }
  }
`);

const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($questionId: ID!, $input: QuestionInput!) {
    updateQuestion(questionId: $questionId, input: $input) {
      ...EditedQuiz
    }
  }
`);

const ArchiveQuestionMutation = graphql(`
  mutation ArchiveQuestion($questionId: ID!) {
    archiveQuestion(questionId: $questionId) {
      ...EditedQuiz
    }
  }
`);

const ReorderQuestionsMutation = graphql(`
  mutation ReorderQuestions($quizId: ID!, $questionIds: [ID!]!) {
    reorderQuestions(quizId: $quizId, questionIds: $questionIds) {
      ...EditedQuiz
    }
  }
`);

const PublishQuizMutation = graphql(`
  mutation PublishQuiz($quizId: ID!) {
    publishQuiz(quizId: $quizId) {
      ...EditedQuiz
    }
  }
`);

/** The quiz as the server keeps it after the edit, or why the server refused the edit. */
export type EditOutcome = { quiz: EditedQuiz } | { problem: ApiProblem };

/** Every edit answers with one field: the quiz. */
type QuizEdit = Promise<OperationResult<Record<string, FragmentType<typeof EditedQuizFragment>>>>;

/**
 * The editor's changes to one quiz. `onEdited` gets the quiz each change answers with, and the
 * page shows it before the edit resolves, so callers can move focus within the changed page.
 */
export function useQuizEdits(quizId: string, onEdited: (quiz: EditedQuiz) => void) {
  const [, updateSettings] = useMutation(UpdateQuizSettingsMutation);
  const [, createQuestion] = useMutation(CreateQuestionMutation);
  const [, updateQuestion] = useMutation(UpdateQuestionMutation);
  const [, archiveQuestion] = useMutation(ArchiveQuestionMutation);
  const [, reorderQuestions] = useMutation(ReorderQuestionsMutation);
  const [, publishQuiz] = useMutation(PublishQuizMutation);

  async function outcome(edit: QuizEdit): Promise<EditOutcome> {
    const { data, error } = await edit;
    const answer = data && Object.values(data)[0];
    if (!answer) return { problem: readProblem(error!) };
    const quiz = readFragment(EditedQuizFragment, answer);
    flushSync(() => onEdited(quiz));
    return { quiz };
  }

  return {
    saveSettings: (input: QuizSettingsInput) => outcome(updateSettings({ quizId, input })),
    createQuestion: (input: NewQuestionInput) => outcome(createQuestion({ quizId, input })),
    updateQuestion: (questionId: string, input: QuestionInput) => outcome(updateQuestion({ questionId, input })),
    archiveQuestion: (questionId: string) => outcome(archiveQuestion({ questionId })),
    reorderQuestions: (questionIds: string[]) => outcome(reorderQuestions({ quizId, questionIds })),
    // The learner's view of a quiz (its version, its size) changes only with a publish; pages showing it load again.
    publish: () => outcome(publishQuiz({ quizId }, { additionalTypenames: ['Quiz'] })),
  };
}

export type QuizEdits = ReturnType<typeof useQuizEdits>;
