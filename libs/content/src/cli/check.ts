import * as path from 'node:path';
import { checkContentRoot, listCourseDirs } from '../package/content-root';
import { formatProblem } from '../problems';
import type { CommandOutput } from './output';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * Checks every course under a content root; returns the exit code, which only errors make non-zero.
 * Citations needing review are listed but do not fail the check: a corrected passage must be able
 * to ship at once, and the review of what cites it is a person's judgement that the platform
 * tracks until a reviewer clears each item, not something to rush through to turn a build green.
 */
export function runCheck(args: string[], output: CommandOutput): number {
  if (args.length !== 1) {
    output.error('usage: check <content root>');
    return 1;
  }
  const [root] = args;
  const checks = checkContentRoot(root);
  for (const check of checks) {
    check.errors.forEach((p) => output.log(formatProblem(p)));
    check.warnings.forEach((p) => output.log(formatProblem({ ...p, message: `warning: ${p.message}` })));
    check.needsReview.forEach((p) => output.log(formatProblem({ ...p, message: `needs review: ${p.message}` })));
    if (check.learningTime) output.log(`${path.relative(process.cwd(), check.courseDir)}: ${check.learningTime}`);
  }
  const errors = checks.reduce((sum, check) => sum + check.errors.length, 0);
  const warnings = checks.reduce((sum, check) => sum + check.warnings.length, 0);
  const needingReview = checks.reduce((sum, check) => sum + check.needsReview.length, 0);
  const reviews = needingReview > 0 ? `, ${count(needingReview, 'citation')} to review` : '';
  output.log(`${count(listCourseDirs(root).length, 'course')} checked: ${count(errors, 'error')}, ${count(warnings, 'warning')}${reviews}`);
  return errors > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = runCheck(process.argv.slice(2), console);
