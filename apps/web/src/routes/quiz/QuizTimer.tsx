import { countLabel } from '../../ui/count-label';

/** "4:05", "1:02:09". */
export function clockTime(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * What a screen reader hears about the clock. A live region speaks only when its text changes, so
 * the text changes only as the clock passes a mark: every 5 minutes, then every minute of the last
 * 5, then at 30 seconds. The countdown itself stays quiet.
 */
function timeAnnouncement(seconds: number): string {
  if (seconds === 0) return 'Time is up. Your answers are being submitted.';
  if (seconds <= 30) return 'Less than 30 seconds left.';
  const minutes = seconds <= 300 ? Math.ceil(seconds / 60) : Math.ceil(seconds / 300) * 5;
  return `Less than ${countLabel(minutes, 'minute')} left.`;
}

export function QuizTimer({ secondsLeft }: { secondsLeft: number }) {
  return (
    <div className={secondsLeft <= 60 ? 'quiz-timer quiz-timer--ending' : 'quiz-timer'}>
      <p className="quiz-timer__clock">
        Time left <strong>{clockTime(secondsLeft)}</strong>
      </p>
      <p role="status" className="visually-hidden">
        {timeAnnouncement(secondsLeft)}
      </p>
    </div>
  );
}
