import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { DAY_HINT, rangeProblems } from './day-range';
import { TextInputField } from './FormFields';
import './day-range.css';

/** Days as YYYY-MM-DD; null leaves that end open. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

interface DayRangeFormProps {
  /** What the days are for, as the form's accessible name: "Dates to show". */
  label: string;
  range: DayRange;
  onShow: (range: DayRange) => void;
}

/** Two days typed as the API reads them, passed on when Show is pressed and both are written right. */
export function DayRangeForm({ label, range, onShow }: DayRangeFormProps) {
  const [from, setFrom] = useState(range.from ?? '');
  const [to, setTo] = useState(range.to ?? '');
  // Judged once Show is pressed, not while the first date is still being typed.
  const [shown, setShown] = useState(false);
  const problems = shown ? rangeProblems(from.trim(), to.trim()) : {};

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setShown(true);
    const { from: fromProblem, to: toProblem } = rangeProblems(from.trim(), to.trim());
    if (!fromProblem && !toProblem) onShow({ from: from.trim() || null, to: to.trim() || null });
  }

  return (
    <Form className="day-range" aria-label={label} validationBehavior="aria" onSubmit={show}>
      <TextInputField identifier label="From" name="from" value={from} onChange={setFrom} description={DAY_HINT} problem={problems.from} />
      <TextInputField identifier label="To" name="to" value={to} onChange={setTo} description={DAY_HINT} problem={problems.to} />
      <Button type="submit" className="button">
        Show
      </Button>
    </Form>
  );
}
