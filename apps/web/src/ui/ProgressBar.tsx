import './progress-bar.css';

interface ProgressBarProps {
  /** Names what is measured, e.g. "Progress in Botulinum toxin for chronic migraine". */
  label: string;
  /** 0 to 100. */
  percent: number;
}

/**
 * A plain element rather than react-aria's ProgressBar: it only displays a value, and the library
 * would be added to the learner's first download for it.
 */
export function ProgressBar({ label, percent }: ProgressBarProps) {
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% complete`}
    >
      <div className="progress-bar__done" style={{ width: `${percent}%` }} />
    </div>
  );
}
