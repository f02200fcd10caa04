import { flushSync } from 'react-dom';
import { useMutation } from 'urql';
import { graphql, readFragment } from '../../gql';
import type { ImportQtiPackageMutation as ImportQtiPackageData } from '../../gql/graphql';
import { readProblem, type ApiProblem } from '../../ui/api-problem';
import { EditedQuizFragment, type EditedQuiz } from './edited-quiz';

const ImportQtiPackageMutation = graphql(`
  mutation ImportQtiPackage($quizId: ID!, $packageBase64: String!, $passageAnchor: String) {
    importQtiPackage(quizId: $quizId, packageBase64: $packageBase64, passageAnchor: $passageAnchor) {
      quiz {
        ...EditedQuiz
      }
      imported {
        itemIdentifier
        questionKey
        type
        replaced
        leftOut
      }
      notImported {
        itemIdentifier
        file
        reasons
      }
      otherContentLeftOut
    }
  }
`);

export type QtiImportReport = Omit<ImportQtiPackageData['importQtiPackage'], 'quiz'>;
export type QtiImportOutcome = { report: QtiImportReport } | { problem: ApiProblem };

/** The largest package the API takes (its limit before base64). */
export const QTI_PACKAGE_LIMIT_BYTES = 700 * 1024;

/** The file's bytes as base64, as the API takes a package. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Imports a package into the quiz's draft; the editor shows the draft the import answers with. */
export function useQtiImport(quizId: string, onEdited: (quiz: EditedQuiz) => void) {
  const [, importPackage] = useMutation(ImportQtiPackageMutation);
  return async (packageBase64: string, passageAnchor: string | null): Promise<QtiImportOutcome> => {
    const { data, error } = await importPackage({ quizId, packageBase64, passageAnchor }, { additionalTypenames: ['AuthoredQuiz'] });
    if (!data) return { problem: readProblem(error!) };
    const { quiz, ...report } = data.importQtiPackage;
    flushSync(() => onEdited(readFragment(EditedQuizFragment, quiz)));
    return { report };
  };
}
