import { stringify } from 'yaml';
import type { QuestionDefinition, QuizDefinition } from '../model';

const kebab = (value: string) => value.toLowerCase().replace(/_/g, '-');

/**
 * Writes a quiz as the YAML file `content/` keeps, so a quiz edited in the app can be reviewed in
 * a pull request and read back by `readQuizFile` into the same definition.
 */
export function writeQuizYaml(quiz: QuizDefinition): string {
  return stringify(
    {
      slug: quiz.slug,
      title: quiz.title,
      passingScore: quiz.passingScore,
      maxAttempts: quiz.maxAttempts,
      cooldownMinutes: quiz.cooldownSeconds / 60,
      timeLimitMinutes: quiz.timeLimitSeconds === null ? null : quiz.timeLimitSeconds / 60,
      drawCount: quiz.drawCount,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleOptions: quiz.shuffleOptions,
      feedback: kebab(quiz.feedback),
      scoring: kebab(quiz.scoring),
      questions: quiz.questions.map(questionEntry),
    },
    { lineWidth: 100 },
  );
}

function questionEntry(question: QuestionDefinition): Record<string, unknown> {
  const common = {
    id: question.key,
    type: kebab(question.type),
    prompt: question.prompt,
    ...(question.passageAnchor === null ? {} : { passage: question.passageAnchor }),
    ...(question.referenceIds.length === 0 ? {} : { references: question.referenceIds }),
    explanation: question.explanation,
  };
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return {
        ...common,
        options: question.options.map((option) => (option.correct ? option : { id: option.id, text: option.text })),
      };
    case 'TRUE_FALSE':
      return { ...common, answer: question.options.some((option) => option.id === 'true' && option.correct) };
    case 'NUMERIC':
      return { ...common, answer: question.numericAnswer };
    case 'SHORT_TEXT':
      return { ...common, acceptedAnswers: question.acceptedAnswers };
  }
}
