import type { QuestionDefinition } from '../model';
import { type Findings, type LocatedQuiz, questionsOf } from './located';
import { describeNumbers, numbersIn } from './numbers';

/** The figures a question's key states: the keyed options, the numeric answer, the first accepted text. */
export function keyNumbers(question: QuestionDefinition): number[] {
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return question.options.filter((o) => o.correct).flatMap((o) => numbersIn(o.text));
    case 'NUMERIC': {
      const answer = question.numericAnswer;
      if (!answer) return [];
      return 'value' in answer ? [answer.value] : [answer.min, answer.max];
    }
    case 'SHORT_TEXT':
      return numbersIn(question.acceptedAnswers[0] ?? '');
    case 'TRUE_FALSE':
      return [];
  }
}

/**
 * Keys bunched in one position let a learner score by position alone (issue 12); positions are
 * counted as authored, since an author's habit shows there even when options are shuffled.
 */
export function checkKeyPositions(quiz: LocatedQuiz, found: Findings): void {
  const positions = quiz.quiz.questions
    .filter((q) => q.type === 'SINGLE_CHOICE')
    .map((q) => q.options.findIndex((o) => o.correct));
  if (positions.length < 2) return;
  const counts = new Map<number, number>();
  for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
  const [position, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (count * 2 <= positions.length) return;
  const message = `${count} of ${positions.length} single-choice keys are option ${position + 1} as written: spread the keys over the positions (at most half in any one)`;
  found.error(quiz.file, quiz.lineOf(['questions']), message);
}

/** Each fact once per quiz: a figure keyed twice is usually one fact asked twice, or one item answering another. */
export function checkRepeatedNumbers(quiz: LocatedQuiz, found: Findings): void {
  const firstKeyedBy = new Map<number, string>();
  for (const { question, line } of questionsOf(quiz)) {
    const numbers = [...new Set(keyNumbers(question))];
    const repeated = numbers.filter((n) => firstKeyedBy.has(n));
    if (repeated.length > 0) {
      const earlier = [...new Set(repeated.map((n) => firstKeyedBy.get(n)))].join(', ');
      const message = `the key tests ${describeNumbers(repeated)} again (also keyed by ${earlier}): test each fact once per quiz`;
      found.warn(quiz.file, line, message);
    }
    for (const n of numbers) if (!firstKeyedBy.has(n)) firstKeyedBy.set(n, question.key);
  }
}
