import type { Findings, LocatedQuestion } from './located';

/** The key stands out when it is both a fifth longer and ten characters longer than every distractor. */
const longerByRatio = 1.2;
const longerByCharacters = 10;

const absoluteWords = new RegExp(
  String.raw`\b(never|always|only|all|none|must|cannot|can't|every|everyone|no one|nothing|entirely|completely|totally|` +
    String.raw`absolutely|certainly|guaranteed|impossible|invariably|permanent|permanently|forever)\b`,
  'gi',
);
const ofTheAbove = /\b(all|none|both|neither) of the (above|following|options|answers)\b|\ball the above\b/i;
const negativeWords = /(\*\*|__)?\b(not|except|least|\w+n't)\b(\*\*|__)?/gi;

/** The item-writing rules that look at one question (NBME item-writing guide, CONTENT-STANDARDS.md). */
export function checkItemWriting(item: LocatedQuestion, found: Findings): void {
  const { question } = item;
  const file = item.quiz.file;
  if (question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') {
    question.options.forEach((option, index) => {
      if (ofTheAbove.test(option.text)) {
        const message = `option "${option.text}": no "all/none of the above"; write each option as its own answer`;
        found.error(file, item.optionLine(index), message);
      }
    });
    checkAbsoluteWords(item, found);
  }
  if (question.type === 'SINGLE_CHOICE') checkLongestKey(item, found);
  checkNegativeStem(item, found);
}

function checkLongestKey({ question, quiz, optionLine }: LocatedQuestion, found: Findings): void {
  const keyIndex = question.options.findIndex((option) => option.correct);
  const key = question.options[keyIndex].text.trim().length;
  const longest = Math.max(...question.options.filter((o) => !o.correct).map((o) => o.text.trim().length));
  if (key >= longest * longerByRatio && key >= longest + longerByCharacters) {
    const message = `the key is the longest option (${key} characters, longest distractor ${longest}): a test-wise learner picks it unread; make the options parallel in length`;
    found.error(quiz.file, optionLine(keyIndex), message);
  }
}

function checkAbsoluteWords({ question, quiz, optionLine }: LocatedQuestion, found: Findings): void {
  const wordsIn = (text: string) => [...text.matchAll(absoluteWords)].map((m) => m[1].toLowerCase());
  const inKeys = new Set(question.options.filter((o) => o.correct).flatMap((o) => wordsIn(o.text)));
  question.options.forEach((option, index) => {
    if (option.correct) return;
    const giveaways = [...new Set(wordsIn(option.text))].filter((word) => !inKeys.has(word));
    if (giveaways.length === 0) return;
    const message = `distractor uses "${giveaways.join('", "')}", which no key uses: absolute words give a distractor away`;
    found.warn(quiz.file, optionLine(index), message);
  });
}

/** The question a stem asks sits in its last sentence; a vignette's "has not responded" earlier is history. */
function checkNegativeStem({ question, quiz, index }: LocatedQuestion, found: Findings): void {
  const sentences = question.prompt.trim().split(/(?<=[.!?])\s+/);
  const asked = sentences[sentences.length - 1];
  for (const match of asked.matchAll(negativeWords)) {
    const [, before, word, after] = match;
    const emphasised = (before && after) || (word === word.toUpperCase() && /[A-Z]/.test(word));
    if (emphasised) continue;
    const message = `negative stem "${word}" is easy to miss: write it as ${word.toUpperCase()} or **${word}**, or ask the question positively`;
    found.warn(quiz.file, quiz.lineOf(['questions', index, 'prompt']), message);
    return;
  }
}
