import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { AuthoredQuestion, ScoringRuleName } from '../quizzes/quiz-authoring.types';
import {
  CHOICE_PREFIX,
  EXPLANATION_FEEDBACK,
  FEEDBACK_OUTCOME,
  ITEM_PREFIX,
  MAP_RESPONSE,
  MATCH_CORRECT,
  QTI_NAMESPACE,
  XSI_NAMESPACE,
} from './qti-vocabulary';

/** How the quiz presents and scores its questions, as far as one item can say it. */
export interface ItemSettings {
  scoring: `${ScoringRuleName}`;
  shuffleOptions: boolean;
}

type NumericKey = { value?: number | null; tolerance?: number | null; min?: number | null; max?: number | null };

export const itemIdentifier = (key: string) => `${ITEM_PREFIX}${key}`;
const choiceIdentifier = (optionId: string) => `${CHOICE_PREFIX}${optionId}`;
const TRUE_FALSE_TEXT: Record<string, string> = { true: 'True', false: 'False' };

/** One question as a QTI 3.0 assessment item: its answer key, its scoring and its explanation. */
export function assessmentItemXml(question: AuthoredQuestion, settings: ItemSettings): string {
  const item = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI_NAMESPACE, 'qti-assessment-item', {
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': `${QTI_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`,
    identifier: itemIdentifier(question.key),
    label: question.key,
    title: question.prompt.slice(0, 200),
    adaptive: 'false',
    'time-dependent': 'false',
  });
  const shape = question.type === 'NUMERIC' ? numericItem : question.type === 'SHORT_TEXT' ? shortTextItem : choiceItem;
  shape(item, question, settings);
  item
    .ele('qti-modal-feedback', { 'outcome-identifier': FEEDBACK_OUTCOME, identifier: EXPLANATION_FEEDBACK, 'show-hide': 'show' })
    .ele('qti-content-body')
    .ele('p')
    .txt(question.explanation);
  return item.end({ prettyPrint: true });
}

/** SCORE from 0 to 1 as the platform grades; FEEDBACK starts at the explanation, so every response shows it. */
function outcomes(item: XMLBuilder): void {
  const declare = (identifier: string, baseType: string, value: string, extra: Record<string, string> = {}) =>
    item
      .ele('qti-outcome-declaration', { identifier, cardinality: 'single', 'base-type': baseType, ...extra })
      .ele('qti-default-value')
      .ele('qti-value')
      .txt(value);
  declare('SCORE', 'float', '0', { 'normal-maximum': '1' });
  declare('MAXSCORE', 'float', '1');
  declare(FEEDBACK_OUTCOME, 'identifier', EXPLANATION_FEEDBACK);
}

function choiceItem(item: XMLBuilder, question: AuthoredQuestion, settings: ItemSettings): void {
  const multiple = question.type === 'MULTIPLE_CHOICE';
  const correct = question.options.filter((option) => option.correct);
  const partial = multiple && settings.scoring === 'PARTIAL_CREDIT';
  const response = item.ele('qti-response-declaration', { identifier: 'RESPONSE', cardinality: multiple ? 'multiple' : 'single', 'base-type': 'identifier' });
  const key = response.ele('qti-correct-response');
  for (const option of correct) key.ele('qti-value').txt(choiceIdentifier(option.id));
  if (partial) {
    // The platform's partial credit: (right chosen - wrong chosen) / right, never below 0.
    const mapping = response.ele('qti-mapping', { 'lower-bound': '0', 'upper-bound': '1', 'default-value': '0' });
    for (const option of question.options) {
      const share = (option.correct ? 1 : -1) / correct.length;
      mapping.ele('qti-map-entry', { 'map-key': choiceIdentifier(option.id), 'mapped-value': String(share) });
    }
  }
  outcomes(item);
  const interaction = item.ele('qti-item-body').ele('qti-choice-interaction', {
    'response-identifier': 'RESPONSE',
    'max-choices': multiple ? '0' : '1',
    shuffle: String(settings.shuffleOptions && question.type !== 'TRUE_FALSE'),
  });
  interaction.ele('qti-prompt').txt(question.prompt);
  for (const option of question.options) {
    const text = question.type === 'TRUE_FALSE' ? (TRUE_FALSE_TEXT[option.id] ?? option.text) : option.text;
    interaction.ele('qti-simple-choice', { identifier: choiceIdentifier(option.id) }).txt(text);
  }
  item.ele('qti-response-processing', { template: partial ? MAP_RESPONSE : MATCH_CORRECT });
}

/** Accepted answers map to full credit, compared without regard to case as the platform compares them. */
function shortTextItem(item: XMLBuilder, question: AuthoredQuestion): void {
  const response = item.ele('qti-response-declaration', { identifier: 'RESPONSE', cardinality: 'single', 'base-type': 'string' });
  response.ele('qti-correct-response').ele('qti-value').txt(question.acceptedAnswers[0]);
  const mapping = response.ele('qti-mapping', { 'lower-bound': '0', 'upper-bound': '1', 'default-value': '0' });
  for (const answer of question.acceptedAnswers) {
    mapping.ele('qti-map-entry', { 'map-key': answer, 'mapped-value': '1', 'case-sensitive': 'false' });
  }
  outcomes(item);
  textEntryBody(item, question.prompt, 'string');
  item.ele('qti-response-processing', { template: MAP_RESPONSE });
}

/** A number within a tolerance of the value, or within a range, scores 1; no template says that, so the processing is written out. */
function numericItem(item: XMLBuilder, question: AuthoredQuestion): void {
  const answer = (question.numericAnswer ?? {}) as NumericKey;
  const response = item.ele('qti-response-declaration', { identifier: 'RESPONSE', cardinality: 'single', 'base-type': 'float' });
  if (answer.value !== undefined && answer.value !== null) response.ele('qti-correct-response').ele('qti-value').txt(String(answer.value));
  outcomes(item);
  textEntryBody(item, question.prompt, 'float');
  const branch = item.ele('qti-response-processing').ele('qti-response-condition').ele('qti-response-if');
  if (answer.value !== undefined && answer.value !== null) {
    const tolerance = String(answer.tolerance ?? 0);
    const equal = branch.ele('qti-equal', { 'tolerance-mode': 'absolute', tolerance: `${tolerance} ${tolerance}` });
    equal.ele('qti-variable', { identifier: 'RESPONSE' });
    equal.ele('qti-correct', { identifier: 'RESPONSE' });
  } else {
    const within = branch.ele('qti-and');
    for (const [comparison, bound] of [['qti-gte', answer.min], ['qti-lte', answer.max]] as const) {
      const compare = within.ele(comparison);
      compare.ele('qti-variable', { identifier: 'RESPONSE' });
      compare.ele('qti-base-value', { 'base-type': 'float' }).txt(String(bound));
    }
  }
  branch.ele('qti-set-outcome-value', { identifier: 'SCORE' }).ele('qti-base-value', { 'base-type': 'float' }).txt('1');
}

function textEntryBody(item: XMLBuilder, prompt: string, baseType: 'string' | 'float'): void {
  const body = item.ele('qti-item-body');
  body.ele('p').txt(prompt);
  body.ele('p').ele('qti-text-entry-interaction', { 'response-identifier': 'RESPONSE', 'expected-length': baseType === 'float' ? '10' : '40' });
}
