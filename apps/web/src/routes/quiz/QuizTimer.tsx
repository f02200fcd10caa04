/** "4:05", "1:02:09". */
export function clockTime(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * What a screen reader hears about the clock: the text changes only when a mark is passed, and a
 * live region speaks only when its text changes, so the countdown itself stays quiet.
 */
function timeWarning(seconds: number): string {
  if (seconds === 0) return 'Time is up. Your answers are being submitted.';
  if (seconds <= 60) return 'Less than 1 minute left.';
  if (seconds <= 300) return 'Less than 5 minutes left.';
  return '';
}

export function QuizTimer({ secondsLeft }: { secondsLeft: number }) {
  return (
    <div className={secondsLeft <= 60 ? 'quiz-timer quiz-timer--ending' : 'quiz-timer'}>
      <p className="quiz-timer__clock">
        Time left <strong>{clockTime(secondsLeft)}</strong>
      </p>
      <p role="status" className="visually-hidden">
        {timeWarning(secondsLeft)}
      </p>
    </div>
  );
}
