import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Accreditation, ContentProblem, Disclosures, EvaluationForm } from '../model';
import { problem } from '../problems';
import { accreditationFile, readAccreditationFile } from './accreditation-file';
import { disclosuresFile, readDisclosuresFile } from './disclosures-file';
import { evaluationFile, readEvaluationFile } from './evaluation-file';

export interface AccreditationFiles {
  accreditation: Accreditation | null;
  disclosures: Disclosures | null;
  evaluation: EvaluationForm | null;
  problems: ContentProblem[];
}

/**
 * Reads `accreditation.yaml`, `disclosures.yaml` and `evaluation.yaml`, which every course folder
 * needs, and checks no credit offered exceeds the course's credit hours.
 */
export function readAccreditationFiles(
  courseDir: string,
  creditHours: number | null,
  today: string,
): AccreditationFiles {
  const problems: ContentProblem[] = [];
  const read = <T>(name: string, reader: (file: string, content: string) => T & { problems: ContentProblem[] }): T | null => {
    const file = path.join(courseDir, name);
    if (!fs.existsSync(file)) {
      problems.push(problem(file, 1, `${name} is missing: every course folder needs one (see FORMAT.md)`));
      return null;
    }
    const result = reader(file, fs.readFileSync(file, 'utf8'));
    problems.push(...result.problems);
    return result;
  };
  const accreditation = read(accreditationFile, readAccreditationFile);
  const disclosures = read(disclosuresFile, (file, content) => readDisclosuresFile(file, content, today));
  const evaluation = read(evaluationFile, readEvaluationFile);
  accreditation?.accreditation?.credits.forEach((offer, index) => {
    if (creditHours !== null && offer.maximum > creditHours) {
      const message = `credits[${index}].maximum: ${offer.maximum} is more than the course's creditHours (${creditHours})`;
      problems.push(problem(path.join(courseDir, accreditationFile), accreditation.maximumLines[index], message));
    }
  });
  return {
    accreditation: accreditation?.accreditation ?? null,
    disclosures: disclosures?.disclosures ?? null,
    evaluation: evaluation?.evaluation ?? null,
    problems,
  };
}
