import type { Element } from '@xmldom/xmldom';
import type { ChoiceOption } from '@ptp/content';
import type { QuestionProposal } from '../quizzes/question-rules';
import { childElements, descendants, firstChild, isInteraction, readText, type ReadText } from './qti-item-text';
import { correctValues, mapEntries, scoringOf, type ItemScoring } from './qti-response-rules';
import { CHOICE_PREFIX, EXPLANATION_FEEDBACK, ITEM_PREFIX, QTI_NAMESPACE } from './qti-vocabulary';

/** What the package says the item cites (the manifest's LOM relations). */
export interface ItemCitations {
  passageAnchor: string | null;
  referenceKeys: string[];
}

export interface ImportedQuestion {
  key: string;
  question: QuestionProposal;
  /** What the item had that the question does not keep. */
  notes: string[];
}

export type ItemReading = { imported: ImportedQuestion } | { refused: string[] };

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = (text: string) =>
  text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');

/** The question's key: the label this platform writes, else the item's identifier made into a key. */
function keyOf(item: Element, fallback: string): string {
  const label = (item.getAttribute('label') ?? '').trim();
  if (KEY.test(label) && label.length <= 80) return label;
  const identifier = item.getAttribute('identifier') ?? '';
  return slug(identifier.startsWith(ITEM_PREFIX) ? identifier.slice(ITEM_PREFIX.length) : identifier) || slug(fallback) || 'imported-question';
}

/** Reads one QTI 3.0 assessment item as a question of this platform, or says why it cannot be one. */
export function readAssessmentItem(item: Element, citations: ItemCitations, fallbackKey: string): ItemReading {
  if (item.localName !== 'qti-assessment-item' || item.namespaceURI !== QTI_NAMESPACE) {
    return { refused: [`It is not a QTI 3.0 assessment item: its root is "${item.localName}" in the namespace "${item.namespaceURI ?? 'none'}".`] };
  }
  if (item.getAttribute('adaptive') === 'true') return { refused: ['It is adaptive (a learner answers it in several steps); questions here are answered once.'] };
  const body = firstChild(item, 'qti-item-body');
  const interactions = body ? descendants(body).filter(isInteraction) : [];
  if (interactions.length !== 1) {
    return { refused: [`It has ${interactions.length} interactions; a question here asks for exactly one answer.`] };
  }
  const [interaction] = interactions;
  const kind = interaction.localName ?? '';
  if (kind !== 'qti-choice-interaction' && kind !== 'qti-text-entry-interaction') return { refused: [unsupportedInteraction(kind)] };
  const responseId = interaction.getAttribute('response-identifier') ?? '';
  const declaration = childElements(item).find((child) => child.localName === 'qti-response-declaration' && child.getAttribute('identifier') === responseId);
  if (!declaration) return { refused: [`It declares no response "${responseId}" for its interaction.`] };
  const scoring = scoringOf(item, responseId);
  if ('unrecognised' in scoring) return { refused: [scoring.unrecognised] };

  const stem = readText(body!, (element) => element === interaction);
  const explanation = explanationOf(item);
  const reading = kind === 'qti-choice-interaction' ? choiceQuestion(interaction, declaration, scoring) : textEntryQuestion(declaration, scoring);
  if ('refused' in reading) return reading;

  const media = [...stem.media, ...reading.media];
  if (media.length > 0) return { refused: [`It shows ${[...new Set(media)].join(', ')}, which questions here cannot show.`] };
  const prompt = [stem.text, reading.prompt].filter((text) => text !== '').join('\n\n');
  const notes = [...new Set([...stem.dropped, ...reading.dropped, ...explanation.notes, ...reading.notes])];
  return {
    imported: {
      key: keyOf(item, fallbackKey),
      question: { ...reading.question, prompt, explanation: explanation.text, ...citations },
      notes,
    },
  };
}

const INTERACTION_NAMES: Record<string, string> = {
  'qti-hotspot-interaction': 'hotspot',
  'qti-graphic-order-interaction': 'graphic order',
  'qti-order-interaction': 'order',
  'qti-match-interaction': 'match',
  'qti-associate-interaction': 'associate',
  'qti-gap-match-interaction': 'gap match',
  'qti-inline-choice-interaction': 'inline choice',
  'qti-extended-text-interaction': 'extended text (an essay for a person to mark)',
  'qti-upload-interaction': 'file upload',
  'qti-slider-interaction': 'slider',
  'qti-hottext-interaction': 'hot text',
};

function unsupportedInteraction(localName: string): string {
  const name = INTERACTION_NAMES[localName] ?? localName.replace(/^qti-|-interaction$/g, '').replaceAll('-', ' ');
  return `Its ${name} interaction has no counterpart among the question types here (single, multiple and true/false choice, numeric, short text).`;
}

interface PartReading {
  question: Pick<QuestionProposal, 'type' | 'options' | 'numericAnswer' | 'acceptedAnswers'>;
  prompt: string;
  media: string[];
  dropped: string[];
  notes: string[];
}

/** The explanation learners read after submitting: this platform's modal feedback, or an item's only one. */
function explanationOf(item: Element): { text: string; notes: string[] } {
  const feedback = childElements(item).filter((child) => child.localName === 'qti-modal-feedback');
  const ours = feedback.find((each) => each.getAttribute('identifier') === EXPLANATION_FEEDBACK);
  if (ours || feedback.length === 1) {
    const notes = ours ? [] : ['its feedback becomes the explanation every learner reads after submitting, whatever they answered'];
    return { text: readText(ours ?? feedback[0]).text, notes };
  }
  const notes = feedback.length > 1 ? [`its ${feedback.length} feedback messages for different outcomes (questions here have one explanation)`] : [];
  return { text: '', notes };
}

const TRUE_FALSE = ['true', 'false'];

function optionIds(identifiers: string[]): string[] {
  const ids = identifiers.map((identifier) => slug(identifier.startsWith(CHOICE_PREFIX) ? identifier.slice(CHOICE_PREFIX.length) : identifier).slice(0, 40));
  const usable = ids.every((id) => /^[a-z0-9-]{1,40}$/.test(id)) && new Set(ids).size === ids.length;
  return usable ? ids : identifiers.map((_, index) => String.fromCharCode(97 + (index % 26)) + (index >= 26 ? String(index) : ''));
}

function choiceQuestion(interaction: Element, declaration: Element, scoring: ItemScoring): PartReading | { refused: string[] } {
  const choices = childElements(interaction).filter((child) => child.localName === 'qti-simple-choice');
  const texts: ReadText[] = choices.map((choice) => readText(choice));
  if (texts.some((text) => text.text === '')) return { refused: ['An option has no text (only an image or nothing), and options here are text.'] };
  const identifiers = choices.map((choice) => choice.getAttribute('identifier') ?? '');
  const correct = new Set(scoring.kind === 'map-response' && correctValues(declaration).length === 0
    ? mapEntries(declaration).filter((entry) => entry.value > 0).map((entry) => entry.key)
    : correctValues(declaration));
  const multiple = interaction.getAttribute('max-choices') !== '1' || declaration.getAttribute('cardinality') === 'multiple';
  const prompt = firstChild(interaction, 'qti-prompt');
  const promptText = prompt ? readText(prompt) : { text: '', media: [], dropped: [] };
  const media = [...promptText.media, ...texts.flatMap((text) => text.media)];
  const dropped = [...promptText.dropped, ...texts.flatMap((text) => text.dropped)];
  const lowered = texts.map((text) => text.text.toLowerCase());
  const trueFalse = !multiple && choices.length === 2 && TRUE_FALSE.every((word) => lowered.includes(word));
  const ids = trueFalse ? lowered : optionIds(identifiers);
  const options: ChoiceOption[] = choices.map((_, index) => ({
    id: ids[index],
    text: trueFalse ? (ids[index] === 'true' ? 'True' : 'False') : texts[index].text,
    correct: correct.has(identifiers[index]),
  }));
  const type = trueFalse ? 'TRUE_FALSE' : multiple ? 'MULTIPLE_CHOICE' : 'SINGLE_CHOICE';
  const notes = scoring.kind === 'map-response' && type === 'MULTIPLE_CHOICE' ? ['its own points per option (the quiz scores it by its scoring rule)'] : [];
  return { question: { type, options, numericAnswer: null, acceptedAnswers: [] }, prompt: promptText.text, media, dropped, notes };
}

function textEntryQuestion(declaration: Element, scoring: ItemScoring): PartReading | { refused: string[] } {
  const baseType = declaration.getAttribute('base-type');
  const part = { prompt: '', media: [], dropped: [] };
  if (baseType === 'float' || baseType === 'integer') {
    const numericAnswer = numericKey(declaration, scoring);
    if (!numericAnswer) return { refused: ['Its numeric answer could not be read: no correct value, or one that is not a number.'] };
    return { ...part, question: { type: 'NUMERIC', options: [], numericAnswer, acceptedAnswers: [] }, notes: [] };
  }
  if (baseType !== 'string') return { refused: [`Its text entry takes a ${baseType ?? 'undeclared'} response; questions here take a number or text.`] };
  if (scoring.kind === 'match-correct') {
    const notes = ['its exact comparison (answers here are compared ignoring case and spacing)'];
    return { ...part, question: { type: 'SHORT_TEXT', options: [], numericAnswer: null, acceptedAnswers: correctValues(declaration) }, notes };
  }
  if (scoring.kind !== 'map-response') return { refused: ['Its text response is scored by numeric comparison, which a short-text question cannot hold.'] };
  const entries = mapEntries(declaration);
  const best = Math.max(0, ...entries.map((entry) => entry.value));
  const accepted = entries.filter((entry) => best > 0 && entry.value === best);
  const notes = [
    ...(entries.some((entry) => entry.value > 0 && entry.value < best) ? ['answers that earned part of the points'] : []),
    ...(accepted.some((entry) => entry.caseSensitive) ? ['the case-sensitive comparison of some answers (answers here are compared ignoring case)'] : []),
  ];
  return { ...part, question: { type: 'SHORT_TEXT', options: [], numericAnswer: null, acceptedAnswers: accepted.map((entry) => entry.key) }, notes };
}

function numericKey(declaration: Element, scoring: ItemScoring): QuestionProposal['numericAnswer'] {
  if (scoring.kind === 'within-range') return { min: scoring.min, max: scoring.max };
  const [correct] = correctValues(declaration);
  const correctValue = correct !== undefined && correct !== '' && Number.isFinite(Number(correct)) ? Number(correct) : null;
  if (scoring.kind === 'match-correct') return correctValue === null ? null : { value: correctValue, tolerance: 0 };
  if (scoring.kind !== 'within-tolerance') return null;
  const value = scoring.value === 'correct' ? correctValue : scoring.value;
  if (value === null) return null;
  return scoring.below === scoring.above ? { value, tolerance: scoring.below } : { min: value - scoring.below, max: value + scoring.above };
}
