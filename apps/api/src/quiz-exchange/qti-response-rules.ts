import type { Element } from '@xmldom/xmldom';
import { childElements, descendants, firstChild } from './qti-item-text';
import { templateName } from './qti-vocabulary';

/** How an item scores its response, as far as the platform's question types can hold it. */
export type ItemScoring =
  | { kind: 'match-correct' }
  | { kind: 'map-response' }
  | { kind: 'within-tolerance'; value: number | 'correct'; below: number; above: number }
  | { kind: 'within-range'; min: number; max: number };

export type ScoringReading = ItemScoring | { unrecognised: string };

const number = (text: string | null | undefined): number | null => {
  const value = Number((text ?? '').trim());
  return (text ?? '').trim() !== '' && Number.isFinite(value) ? value : null;
};

const namesResponse = (element: Element | undefined, responseId: string) =>
  element !== undefined && element.localName === 'qti-variable' && element.getAttribute('identifier') === responseId;

/**
 * Reads the item's response processing: a standard template by its URI, or processing written
 * out that does what a template does (match the correct response, map the response) or what the
 * platform's numeric questions do (equal within an absolute tolerance, or between two bounds).
 */
export function scoringOf(item: Element, responseId: string): ScoringReading {
  const processing = firstChild(item, 'qti-response-processing');
  if (!processing) return { unrecognised: 'It has no response processing, so nothing says how a response is scored.' };
  const template = processing.getAttribute('template');
  if (template && childElements(processing).length === 0) {
    const name = templateName(template);
    if (name === 'match_correct') return { kind: 'match-correct' };
    if (name === 'map_response') return { kind: 'map-response' };
    return { unrecognised: `Its response processing template (${template.slice(0, 200)}) is not one this import reads: match_correct or map_response.` };
  }
  const rules = descendants(processing);
  const named = (localName: string) => rules.filter((rule) => rule.localName === localName);
  if (named('qti-map-response').some((rule) => rule.getAttribute('identifier') === responseId)) return { kind: 'map-response' };
  for (const match of named('qti-match')) {
    const [left, right] = childElements(match);
    if (namesResponse(left, responseId) && right?.localName === 'qti-correct' && right.getAttribute('identifier') === responseId) return { kind: 'match-correct' };
  }
  for (const equal of named('qti-equal')) {
    const tolerance = toleranceOf(equal, responseId);
    if (tolerance) return tolerance;
  }
  for (const both of named('qti-and')) {
    const range = rangeOf(both, responseId);
    if (range) return range;
  }
  return {
    unrecognised:
      'Its response processing is written out in a way this import does not read; it reads the match_correct and map_response templates, a match with the correct response, and a number within a tolerance or a range.',
  };
}

function toleranceOf(equal: Element, responseId: string): ItemScoring | null {
  const [left, right] = childElements(equal);
  if (!namesResponse(left, responseId) || !right) return null;
  const value = right.localName === 'qti-correct' && right.getAttribute('identifier') === responseId ? 'correct' : right.localName === 'qti-base-value' ? number(right.textContent) : null;
  if (value === null) return null;
  const mode = equal.getAttribute('tolerance-mode') || 'exact';
  if (mode === 'exact') return { kind: 'within-tolerance', value, below: 0, above: 0 };
  if (mode !== 'absolute') return null;
  const [below, above = below] = (equal.getAttribute('tolerance') ?? '').trim().split(/\s+/).map(number);
  if (below === null || above === null || below === undefined) return null;
  return { kind: 'within-tolerance', value, below, above };
}

function rangeOf(both: Element, responseId: string): ItemScoring | null {
  const bound = (localName: string) => {
    const comparison = childElements(both).find((child) => child.localName === localName);
    if (!comparison) return null;
    const [left, right] = childElements(comparison);
    return namesResponse(left, responseId) && right?.localName === 'qti-base-value' ? number(right.textContent) : null;
  };
  const [min, max] = [bound('qti-gte'), bound('qti-lte')];
  return min === null || max === null ? null : { kind: 'within-range', min, max };
}

/** The values of the response declaration's correct response. */
export function correctValues(declaration: Element): string[] {
  const correct = firstChild(declaration, 'qti-correct-response');
  return correct ? childElements(correct).filter((value) => value.localName === 'qti-value').map((value) => (value.textContent ?? '').trim()) : [];
}

export interface MapEntry {
  key: string;
  value: number;
  caseSensitive: boolean;
}

export function mapEntries(declaration: Element): MapEntry[] {
  const mapping = firstChild(declaration, 'qti-mapping');
  if (!mapping) return [];
  return childElements(mapping)
    .filter((entry) => entry.localName === 'qti-map-entry')
    .map((entry) => ({
      key: entry.getAttribute('map-key') ?? '',
      value: number(entry.getAttribute('mapped-value')) ?? 0,
      caseSensitive: entry.getAttribute('case-sensitive') === 'true',
    }));
}
