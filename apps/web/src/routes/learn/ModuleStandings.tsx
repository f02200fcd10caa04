import { graphql, readFragment, type FragmentType } from '../../gql';
import type { ProgressStatus } from '../../gql/graphql';
import { byPosition } from '../../ui/by-position';
import { countLabel } from '../../ui/count-label';
import { attemptsLeftLabel, scoreLabel } from '../../ui/progress-words';
import { StatusBadge } from '../../ui/StatusBadge';

export const ModuleStandingsFragment = graphql(`
  fragment ModuleStandings on CourseProgress {
    modules {
      moduleId
      position
      title
      status
      completedLessons
      totalLessons
      quizId
      quizPassed
      bestQuizScore
      attemptsLeft
    }
    finalExamPassed
    bestFinalExamScore
    finalExamAttemptsLeft
  }
`);

interface QuizStanding {
  passed: boolean | null;
  bestScore: number | null;
  attemptsLeft: number | null;
}

/** "Passed with 90%", or how it went so far and how many tries remain. */
function describeQuiz({ passed, bestScore, attemptsLeft }: QuizStanding): string {
  if (passed && bestScore !== null) return `Passed with ${scoreLabel(bestScore)}`;
  const scored = bestScore === null ? 'Not taken yet' : `Best score ${scoreLabel(bestScore)}`;
  return `${scored} · ${attemptsLeftLabel(attemptsLeft)}`;
}

function examStatus({ passed, bestScore }: QuizStanding): ProgressStatus {
  if (passed) return 'COMPLETE';
  return bestScore === null ? 'NOT_STARTED' : 'IN_PROGRESS';
}

/** Each module's status with its quiz results, then the final exam. */
export function ModuleStandings(props: { progress: FragmentType<typeof ModuleStandingsFragment> }) {
  const progress = readFragment(ModuleStandingsFragment, props.progress);
  const finalExam = {
    passed: progress.finalExamPassed,
    bestScore: progress.bestFinalExamScore,
    attemptsLeft: progress.finalExamAttemptsLeft,
  };
  return (
    <ol className="module-standings">
      {byPosition(progress.modules).map((module) => (
        <li key={module.moduleId} className="module-standing">
          <span className="module-standing__title">
            Module {module.position}: {module.title}
          </span>
          <StatusBadge status={module.status} />
          <span className="module-standing__details">
            <span>
              {module.completedLessons} of {countLabel(module.totalLessons, 'lesson')} read
            </span>
            {module.quizId && (
              <span>
                Quiz: {describeQuiz({ passed: module.quizPassed, bestScore: module.bestQuizScore, attemptsLeft: module.attemptsLeft })}
              </span>
            )}
          </span>
        </li>
      ))}
      {finalExam.passed !== null && (
        <li className="module-standing">
          <span className="module-standing__title">Final exam</span>
          <StatusBadge status={examStatus(finalExam)} />
          <span className="module-standing__details">{describeQuiz(finalExam)}</span>
        </li>
      )}
    </ol>
  );
}
