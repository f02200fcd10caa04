import { graphql } from '../../gql';
import type { EditedQuizFragment as EditedQuizData } from '../../gql/graphql';

/** Everything the editor shows; every edit answers with it, so the editor always shows the server's draft. */
export const EditedQuizFragment = graphql(`
  fragment EditedQuiz on AuthoredQuiz {
    id
    version
    status
    publishedAt
    title
    passingScore
    maxAttempts
    cooldownSeconds
    timeLimitSeconds
    drawCount
    shuffleQuestions
    shuffleOptions
    feedback
    scoring
    questions {
      id
      key
      type
      prompt
      explanation
      passageAnchor
      referenceKeys
      options {
        id
        text
        correct
      }
      numericAnswer {
        value
        tolerance
        min
        max
      }
      acceptedAnswers
    }
    changes {
      comparedWithVersion
      addedQuestions
      changedQuestions
      archivedQuestions
      reordered
      changedSettings
    }
  }
`);

export type EditedQuiz = EditedQuizData;
export type EditedQuestion = EditedQuiz['questions'][number];
export type QuizChanges = NonNullable<EditedQuiz['changes']>;
