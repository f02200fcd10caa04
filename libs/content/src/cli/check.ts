import { checkContentRoot, listCourseDirs } from '../package/content-root';
import { formatProblem } from '../problems';
import type { CommandOutput } from './output';

/** Checks every course under a content root; returns the exit code. */
export function runCheck(args: string[], output: CommandOutput): number {
  if (args.length !== 1) {
    output.error('usage: check <content root>');
    return 1;
  }
  const [root] = args;
  const problems = checkContentRoot(root);
  problems.forEach((p) => output.log(formatProblem(p)));
  const courses = listCourseDirs(root).length;
  const checked = `${courses} ${courses === 1 ? 'course' : 'courses'} checked`;
  if (problems.length === 0) {
    output.log(`${checked}: no problems`);
    return 0;
  }
  output.log(`${checked}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
  return 1;
}

if (require.main === module) process.exitCode = runCheck(process.argv.slice(2), console);
