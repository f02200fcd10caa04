import type { ProgressStatus } from '../gql/graphql';
import { statusLabels } from './progress-words';
import './status-badge.css';

const icons: Record<ProgressStatus, string> = { NOT_STARTED: '○', IN_PROGRESS: '◐', COMPLETE: '✓' };

/** A status in words, with an icon for a quick scan; the words alone are read out. */
export function StatusBadge({ status }: { status: ProgressStatus }) {
  return (
    <span className={`status-badge status-badge--${status.toLowerCase().replace('_', '-')}`}>
      <span className="status-badge__icon" aria-hidden="true">
        {icons[status]}
      </span>
      {statusLabels[status]}
    </span>
  );
}
