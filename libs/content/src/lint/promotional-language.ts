import { callToAction, clinicallyProven, sellingClaim, trademarkSign } from '../promotional-phrases';
import { citesReference, lessonUnits } from './lesson-units';
import type { Findings, LocatedLesson } from './located';

/** Text in double quotation marks: a lesson may quote a source's marketing to teach how to read it. */
const quotation = /"[^"\n]*"|“[^”]*”/g;

/**
 * Marketing in lesson text (ACCME Standards for Integrity and Independence, 2). Calls to action and
 * trademark signs are errors, as no sound lesson needs them; selling claims are warnings, as a sound
 * lesson can use the words in another sense ("a breakthrough in understanding CGRP").
 */
export function checkPromotionalLanguage(lessons: LocatedLesson[], found: Findings): void {
  for (const { lesson, file, firstLine } of lessons) {
    for (const unit of lessonUnits(lesson.markdown, firstLine)) {
      const text = unit.text.replace(quotation, ' ');
      const call = callToAction.exec(text)?.[0];
      if (call) {
        found.error(file, unit.line, `sales call to action "${call}": accredited education never sends learners to promotion`);
      }
      const sign = trademarkSign.exec(text)?.[0];
      if (sign) {
        const message = `trademark sign "${sign}" in lesson text: use the generic name, or the brand name without the sign`;
        found.error(file, unit.line, message);
      }
      const claim = sellingClaim.exec(text)?.[0];
      if (claim) {
        found.warn(file, unit.line, `promotional claim "${claim}": say what the evidence shows instead of praising the product`);
      }
      if (clinicallyProven.test(text) && !citesReference(unit)) {
        found.warn(file, unit.line, '"clinically proven" without a [ref:id] in the same sentence: cite the trial and say what it showed');
      }
    }
  }
}
