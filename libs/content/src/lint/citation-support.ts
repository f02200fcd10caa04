import type { QuestionDefinition, SourceDocument } from '../model';
import { lessonUnits } from './lesson-units';
import type { Findings, LocatedLesson, LocatedQuestion } from './located';
import { describeNumbers, numbersIn, withoutCitations } from './numbers';
import { keyNumbers } from './quiz-rules';

/** The course text behind each citation a question can make. */
export interface CitedTexts {
  /** A passage's text with its appraisal's correction. */
  passages: Map<string, string>;
  /** For a reference: the lesson sentences and list items, and the appraisal corrections, that cite it. */
  references: Map<string, string[]>;
}

export function collectCitedTexts(source: SourceDocument, lessons: LocatedLesson[]): CitedTexts {
  const passages = new Map<string, string>();
  const references = new Map<string, string[]>();
  const cite = (id: string, text: string) => references.set(id, [...(references.get(id) ?? []), text]);
  for (const passage of source.passages) {
    const correction = passage.appraisal.correction ?? '';
    passages.set(passage.anchor, `${passage.text}\n${correction}`);
    passage.appraisal.referenceIds.forEach((id) => cite(id, correction));
  }
  for (const { lesson, firstLine } of lessons) {
    for (const unit of lessonUnits(lesson.markdown, firstLine)) {
      lesson.referenceIds.filter((id) => unit.text.includes(`[ref:${id}]`)).forEach((id) => cite(id, unit.text));
    }
  }
  return { passages, references };
}

const stopWords = new Set(
  'about above after again also because been before being between both does doing during each from have having into more most other over same should some such than that their them then there these they this those through under until very were what when where which while with would your only'.split(
    ' ',
  ),
);
/** Words this short are grammar rather than terms; comparing prefixes lets "inject" find "injections". */
const shortestTerm = 4;
const stemLength = 5;

function termsOf(text: string): string[] {
  const words = withoutCitations(text).toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= shortestTerm && !stopWords.has(w)))];
}

function keyText(question: QuestionDefinition): string {
  if (question.type === 'SHORT_TEXT') return question.acceptedAnswers[0] ?? '';
  return question.options.filter((o) => o.correct && question.type !== 'TRUE_FALSE').map((o) => o.text).join(' ');
}

/**
 * What a question cites must state what its key states: a figure of the key missing there is an
 * error (the key is unsupported, or the citation wrong); most of its terms missing is a warning.
 */
export function checkCitationSupport(item: LocatedQuestion, cited: CitedTexts, found: Findings): void {
  const { question, quiz, line } = item;
  const texts = [
    ...(question.passageAnchor ? [cited.passages.get(question.passageAnchor) ?? ''] : []),
    ...question.referenceIds.flatMap((id) => cited.references.get(id) ?? []),
  ];
  const citedText = texts.join('\n');
  const citedNumbers = new Set(numbersIn(citedText));
  const citing = question.referenceIds.map((id) => `[ref:${id}]`).join(', ');
  const what = [
    ...(question.passageAnchor ? [`[§${question.passageAnchor}]`] : []),
    ...(citing ? [`the course text citing ${citing}`] : []),
  ].join(' or ');

  const answer = question.numericAnswer;
  if (answer) {
    const [low, high] = 'value' in answer ? [answer.value - answer.tolerance, answer.value + answer.tolerance] : [answer.min, answer.max];
    if (![...citedNumbers].some((n) => n >= low && n <= high)) {
      found.error(quiz.file, line, `no figure between ${low} and ${high} in ${what}: cite the text that states the answer`);
    }
    return;
  }
  const missing = keyNumbers(question).filter((n) => !citedNumbers.has(n));
  if (missing.length > 0) {
    const message = `the key's ${describeNumbers(missing)} is not in ${what}: cite the text that states it`;
    found.error(quiz.file, line, message);
  }
  const terms = termsOf(keyText(question));
  const citedStems = new Set(termsOf(citedText).map((t) => t.slice(0, stemLength)));
  const absent = terms.filter((t) => !citedStems.has(t.slice(0, stemLength)));
  if (terms.length > 0 && absent.length * 2 > terms.length) {
    const message = `most of the key's terms (${absent.join(', ')}) are not in ${what}: does the citation support the key?`;
    found.warn(quiz.file, line, message);
  }
}
