import * as path from 'node:path';
import { checkContentRoot, listCourseDirs } from '../package/content-root';
import { formatProblem } from '../problems';
import type { CommandOutput } from './output';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Checks every course under a content root; returns the exit code, which only errors make non-zero. */
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
    if (check.learningTime) output.log(`${path.relative(process.cwd(), check.courseDir)}: ${check.learningTime}`);
  }
  const errors = checks.reduce((sum, check) => sum + check.errors.length, 0);
  const warnings = checks.reduce((sum, check) => sum + check.warnings.length, 0);
  output.log(`${count(listCourseDirs(root).length, 'course')} checked: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  return errors > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = runCheck(process.argv.slice(2), console);
