import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { CoursePackage } from '../model';
import { loadCoursePackage } from '../package/load-course-package';
import { formatProblem } from '../problems';
import { itemKey, sourceKey, type CitingItem } from '../reviews/cited-sources';
import { itemsNeedingReview, recordItemReview, startRecord, tidied } from '../reviews/record-review';
import { unrecordedSources } from '../reviews/review-status';
import { reviewedCitationsFile, reviewNote, writeReviewedCitations, type ReviewSignature } from '../reviews/reviewed-citations-file';
import type { CommandOutput } from './output';

const usage = `usage: review <course folder>                          list what needs review
       review <course folder> --lesson <slug> --by <name> --note <text>
       review <course folder> --question <quiz slug>/<question id> --by <name> --note <text>
       review <course folder> --sources --by <name> --note <text>   record new passages and references (writes the file if missing)`;

/** Lists or records reviews of lessons and questions against changed passages and references; returns the exit code. */
export function runReview(args: string[], output: CommandOutput, today = new Date().toISOString().slice(0, 10)): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lesson: { type: 'string' },
        question: { type: 'string' },
        sources: { type: 'boolean', default: false },
        by: { type: 'string' },
        note: { type: 'string' },
      },
    });
  } catch (error) {
    output.error(`${(error as Error).message}\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const actions = [values.lesson, values.question, values.sources || undefined].filter((action) => action !== undefined);
  if (positionals.length !== 1 || actions.length > 1) {
    output.error(usage);
    return 1;
  }
  const courseDir = path.resolve(positionals[0]);
  const loaded = loadCoursePackage(courseDir);
  if (!loaded.package) {
    output.error(`${path.relative(process.cwd(), courseDir) || '.'} has problems; fix what content:check reports first:`);
    loaded.problems.forEach((p) => output.error(`  ${formatProblem(p)}`));
    return 1;
  }
  const course = loaded.package;
  if (actions.length === 0) return list(course, output);

  const signature = signatureFrom(values.by, values.note, today);
  if (typeof signature === 'string') {
    output.error(`${signature}\n${usage}`);
    return 1;
  }
  const recordPath = path.join(courseDir, reviewedCitationsFile);
  if (values.sources) {
    const before = course.reviewedCitations;
    const record = before ? tidied(course, before) : startRecord(course, signature);
    const added = before ? unrecordedSources(course, before).map(sourceKey) : ['every passage and reference'];
    if (added.length === 0) {
      output.log(`${reviewedCitationsFile} already has every passage and reference: nothing to record`);
      return 0;
    }
    fs.writeFileSync(recordPath, writeReviewedCitations(record));
    output.log(`Recorded ${added.join(', ')} in ${path.relative(process.cwd(), recordPath)}`);
    return 0;
  }
  if (!course.reviewedCitations) {
    output.error(`${reviewedCitationsFile} does not exist yet: write it with --sources first`);
    return 1;
  }
  const item = itemFrom(values.lesson, values.question);
  if (typeof item === 'string') {
    output.error(item);
    return 1;
  }
  const recorded = recordItemReview(course, course.reviewedCitations, item, signature);
  if ('refused' in recorded) {
    output.error(recorded.refused);
    return 1;
  }
  fs.writeFileSync(recordPath, writeReviewedCitations(recorded.record));
  const against = recorded.reviewed.map((state) => sourceKey(state.cited)).join(', ');
  output.log(`Recorded ${signature.by}'s review of ${itemKey(item)} against ${against} in ${path.relative(process.cwd(), recordPath)}`);
  return 0;
}

function list(course: CoursePackage, output: CommandOutput): number {
  if (!course.reviewedCitations) {
    output.log(`No ${reviewedCitationsFile} yet: write it with --sources, so later changes are flagged`);
    return 0;
  }
  const items = itemsNeedingReview(course, course.reviewedCitations);
  for (const [name, states] of items) {
    const changed = states.map((state) => `${sourceKey(state.cited)} (last reviewed: ${state.reviewed!.signature.by}, ${state.reviewed!.signature.on})`);
    output.log(`${name} needs review: ${changed.join('; ')}`);
  }
  const unrecorded = unrecordedSources(course, course.reviewedCitations).map(sourceKey);
  if (unrecorded.length > 0) output.log(`Not recorded yet (record with --sources): ${unrecorded.join(', ')}`);
  output.log(`${items.size === 1 ? '1 lesson or question needs' : `${items.size} lessons and questions need`} review`);
  return 0;
}

function signatureFrom(by: string | undefined, note: string | undefined, today: string): ReviewSignature | string {
  if (!by?.trim()) return '--by: name who reviewed';
  const checked = reviewNote.safeParse(note ?? '');
  if (!checked.success) return `--note: ${checked.error.issues[0].message}`;
  return { by: by.trim(), on: today, note: checked.data };
}

function itemFrom(lesson: string | undefined, question: string | undefined): CitingItem | string {
  if (lesson !== undefined) return { kind: 'LESSON', slug: lesson };
  const [quizSlug, key, ...rest] = (question ?? '').split('/');
  if (!quizSlug || !key || rest.length > 0) return '--question: write <quiz slug>/<question id>, e.g. mechanism-quiz/toxin-source';
  return { kind: 'QUESTION', quizSlug, key };
}

if (require.main === module) process.exitCode = runReview(process.argv.slice(2), console);
