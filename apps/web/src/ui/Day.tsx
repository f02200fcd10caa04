import { dayOf } from './certificate-words';

/** A certificate date as the PDF prints it, with the exact time for machines. */
export function Day({ date }: { date: string }) {
  return <time dateTime={date}>{dayOf(date)}</time>;
}
