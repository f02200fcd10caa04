/** The learner's continuing-education transcript; `?from=` and `?to=` (YYYY-MM-DD) choose its days. */
export const transcriptPath = '/transcript';

export interface TranscriptRange {
  from: string | null;
  to: string | null;
}

function rangeQuery({ from, to }: TranscriptRange): string {
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function transcriptPagePath(range: TranscriptRange): string {
  return `${transcriptPath}${rangeQuery(range)}`;
}

/** The PDF of the same days, on this site so the session cookie goes with the download. */
export function transcriptPdfPath(range: TranscriptRange): string {
  return `/transcript.pdf${rangeQuery(range)}`;
}
