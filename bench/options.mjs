// Sizes and durations of a bench run, from the command line: npm run bench -- --learners 50000
import os from 'node:os';
import { parseArgs } from 'node:util';

const FLAGS = {
  learners: [100_000, 'learners, each with a session and an enrolment'],
  'small-cohort': [10_000, 'learners when the cohort report is first measured, to compare its time at full size'],
  completions: [1_000_000, 'lesson completions in all (spread about evenly over learners)'],
  attempts: [200_000, 'graded module quiz attempts in all'],
  submits: [6_000, 'final exam submissions per target (platform and baseline each)'],
  'submit-warmup': [300, 'submissions per target before measuring'],
  certificates: [1_000, 'certificates issued in one bulk request'],
  duration: [20, 'seconds of course page load per target'],
  'cohort-duration': [10, 'seconds of cohort report load per target and size'],
  'pdf-duration': [10, 'seconds of certificate downloads per target'],
  'transcript-duration': [10, 'seconds of transcript load per target'],
  'transcript-connections': [20, 'concurrent connections opening transcripts'],
  'external-credits': [5, 'credits earned elsewhere per learner, beside the one certificate holders claimed'],
  warmup: [3, 'seconds of warm-up per target and scenario'],
  rounds: [4, 'alternating rounds each measurement is split into'],
  connections: [50, 'concurrent connections on the course page'],
  'api-processes': [os.availableParallelism(), 'API processes (API_PROCESSES) serving the course page once more, after the run with one'],
  'submit-connections': [20, 'concurrent connections submitting'],
  'cohort-connections': [4, 'concurrent connections on the cohort report (instructors paging at once)'],
  'pdf-connections': [1, 'concurrent connections downloading PDFs (the median is one download\'s time)'],
  'bulk-issue-timeout-seconds': [120, 'how long to wait for the bulk issue before calling it failed'],
  'api-heap-mb': [256, 'heap budget of the API process (NODE_OPTIONS=--max-old-space-size), as production should set it'],
};

// Small enough for a smoke run in about two minutes; the figures then say little.
const QUICK = {
  learners: 3_000,
  'small-cohort': 1_000,
  completions: 30_000,
  attempts: 6_000,
  submits: 400,
  'submit-warmup': 50,
  certificates: 50,
  duration: 4,
  'cohort-duration': 2,
  'pdf-duration': 2,
  'transcript-duration': 2,
  warmup: 1,
};

const camel = (flag) => flag.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

export function readOptions(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: 'string' }])),
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('npm run bench -- [--quick] [--keep] [--flag value ...]\n');
    for (const [flag, [fallback, meaning]] of Object.entries(FLAGS)) {
      console.log(`  --${flag.padEnd(28)} ${meaning} (${fallback}${flag in QUICK ? `; --quick: ${QUICK[flag]}` : ''})`);
    }
    console.log(`  --${'quick'.padEnd(28)} small sizes for a smoke run\n  --${'keep'.padEnd(28)} keep the data directory`);
    process.exit(0);
  }
  const options = { quick: values.quick, keep: values.keep };
  for (const [flag, [fallback]] of Object.entries(FLAGS)) {
    const given = values[flag];
    const value = given === undefined ? (values.quick && flag in QUICK ? QUICK[flag] : fallback) : Number(given);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${flag} must be a positive number, not "${given}".`);
    options[camel(flag)] = value;
  }
  if (options.smallCohort >= options.learners) throw new Error('--small-cohort must be smaller than --learners.');
  if (2 * (options.submits + options.submitWarmup) + options.certificates > options.learners) {
    throw new Error('--learners must cover the submitting learners (twice submits plus warm-up) and the certified ones.');
  }
  return options;
}
