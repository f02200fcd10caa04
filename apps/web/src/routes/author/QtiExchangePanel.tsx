import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { qtiPackagePath } from '../../paths/author-paths';
import { TextInputField } from '../../ui/FormFields';
import type { EditedQuiz } from './edited-quiz';
import { QTI_PACKAGE_LIMIT_BYTES, readAsBase64, type QtiImportOutcome, type QtiImportReport } from './qti-import';
import { FormAlert } from '../../ui/FormAlert';

interface QtiExchangePanelProps {
  quiz: EditedQuiz;
  onImport: (packageBase64: string, passageAnchor: string | null) => Promise<QtiImportOutcome>;
}

const QUESTION_TYPE_WORDS: Record<string, string> = {
  SINGLE_CHOICE: 'single choice',
  MULTIPLE_CHOICE: 'multiple choice',
  TRUE_FALSE: 'true/false',
  NUMERIC: 'number',
  SHORT_TEXT: 'short text',
};

/** The quiz as a QTI 3.0 package to download, and a package from another tool to bring into the draft. */
export function QtiExchangePanel({ quiz, onImport }: QtiExchangePanelProps) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passageAnchor, setPassageAnchor] = useState('');
  const [importing, setImporting] = useState(false);
  const [report, setReport] = useState<QtiImportReport | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const outcome = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setReport(null);
    setRefusal(null);
    if (!file) setRefusal('Choose a QTI package (.zip) to import.');
    else if (file.size > QTI_PACKAGE_LIMIT_BYTES) setRefusal(`The package is larger than ${QTI_PACKAGE_LIMIT_BYTES / 1024} KB; split it into smaller packages.`);
    else {
      setImporting(true);
      const result = await onImport(await readAsBase64(file), passageAnchor.trim() || null);
      setImporting(false);
      if ('problem' in result) setRefusal(result.problem.message);
      else setReport(result.report);
    }
    outcome.current?.focus();
  }

  return (
    <section className="qti-exchange" aria-labelledby="qti-heading">
      <h2 id="qti-heading">QTI 3.0 package</h2>
      <p>
        Move questions between this platform and other assessment tools. A package holds a manifest, the quiz as an assessment test and
        one assessment item per question.
      </p>
      <p className="form-actions">
        <a className="button button--quiet" href={qtiPackagePath(quiz.id)} download>
          Download QTI package ({quiz.status === 'DRAFT' ? `draft of version ${quiz.version}` : `version ${quiz.version}`})
        </a>
        {quiz.status === 'DRAFT' && quiz.version > 1 && (
          <a href={qtiPackagePath(quiz.id, 'published')} download>
            Download the published version
          </a>
        )}
      </p>
      <form className="qti-import" aria-labelledby="qti-import-heading" onSubmit={submit} noValidate>
        <h3 id="qti-import-heading">Import QTI package</h3>
        <p>Its items become questions of the draft: an item with a question's key replaces that question, the others are added. Published versions stay as they are.</p>
        <div className="form-field">
          <label className="form-field__label" htmlFor={fileId}>
            QTI package (.zip)
          </label>
          <input
            id={fileId}
            className="form-field__input"
            type="file"
            accept=".zip,application/zip"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <TextInputField
          label="Passage to cite for items that cite none"
          description="A passage anchor of the course's source, such as background-1. Every question cites what supports its answer."
          value={passageAnchor}
          onChange={setPassageAnchor}
          identifier
        />
        <p className="form-actions">
          <Button type="submit" className="button" isPending={importing}>
            {importing ? 'Importing…' : 'Import into the draft'}
          </Button>
        </p>
      </form>
      <div ref={outcome} tabIndex={-1} className="qti-exchange__outcome">
        {refusal && <FormAlert>Nothing was imported. {refusal}</FormAlert>}
        {report && <ImportReport report={report} />}
      </div>
    </section>
  );
}

function ImportReport({ report }: { report: QtiImportReport }) {
  const count = report.imported.length;
  const headingId = useId();
  return (
    <div role="status" className="qti-report" aria-labelledby={headingId}>
      <h3 id={headingId}>{count === 0 ? 'No item was carried over' : `${count} ${count === 1 ? 'item became a question' : 'items became questions'} of the draft`}</h3>
      {count > 0 && (
        <ul>
          {report.imported.map((item) => (
            <li key={item.questionKey}>
              {item.itemIdentifier} → {item.questionKey} ({QUESTION_TYPE_WORDS[item.type] ?? item.type}, {item.replaced ? 'replaced' : 'added'})
              {item.leftOut.length > 0 && <span className="qti-report__left-out"> Left out: {item.leftOut.join('; ')}.</span>}
            </li>
          ))}
        </ul>
      )}
      {report.notImported.length > 0 && (
        <>
          <h4>Not carried over</h4>
          <ul>
            {report.notImported.map((item) => (
              <li key={`${item.file} ${item.itemIdentifier}`}>
                {item.itemIdentifier} ({item.file}): {item.reasons.join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.otherContentLeftOut.length > 0 && <p>Also left out: {report.otherContentLeftOut.join(', ')}.</p>}
    </div>
  );
}
