import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { quizEditorPath } from '../../paths/author-paths';
import { apiError, buildUser } from '../../test/account-factory';
import { buildAuthoredQuestion, buildAuthoredQuiz } from '../../test/quiz-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const instructor = buildUser('Grace Hopper', { roles: ['INSTRUCTOR'] });
const draft = buildAuthoredQuiz('How botulinum toxin works', { id: 'quiz:mechanism', version: 2, status: 'DRAFT' });
const imported = buildAuthoredQuestion('octahedron-tf', { type: 'TRUE_FALSE', prompt: 'An octahedron has twelve faces.' });

const report = {
  quiz: { ...draft, questions: [...draft.questions, imported] },
  imported: [
    { itemIdentifier: 'Octahedron-TF', questionKey: 'octahedron-tf', type: 'TRUE_FALSE', replaced: false, leftOut: ['feedback shown only for particular answers'] },
  ],
  notImported: [{ itemIdentifier: 'Map-HOTSPOT', file: 'hotspot.xml', reasons: ['Its hotspot interaction has no counterpart among the question types here.'] }],
  otherContentLeftOut: [],
};

function openEditor(answer: (request: ApiRequest) => ApiAnswer) {
  const sendMutation = vi.fn(answer);
  renderPage(quizEditorPath(draft.id), stubClient({ data: { me: instructor, quizForAuthoring: draft } }, sendMutation));
  return sendMutation;
}

const importForm = async () => within(await screen.findByRole('form', { name: 'Import QTI package' }));
const zipFile = (bytes: string, size?: number) => {
  const file = new File([bytes], 'quiz.zip', { type: 'application/zip' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
};

describe('QTI packages on the quiz editor', () => {
  beforeAll(() => import('./QuizEditorPage'));

  it('offers the draft and the published version as QTI packages to download', async () => {
    openEditor(() => ({}));
    const section = within(await screen.findByRole('region', { name: 'QTI 3.0 package' }));
    expect(section.getByRole('link', { name: 'Download QTI package (draft of version 2)' })).toHaveAttribute('href', '/quizzes/quiz%3Amechanism/qti-package.zip');
    expect(section.getByRole('link', { name: 'Download the published version' })).toHaveAttribute('href', '/quizzes/quiz%3Amechanism/qti-package.zip?version=published');
  });

  it('sends the chosen package with the passage to cite, then reports what became a question and what did not', async () => {
    const sendMutation = openEditor(() => ({ data: { ['importQtiPackage' as string]: report } as ApiAnswer['data'] }));
    const form = await importForm();
    await userEvent.upload(form.getByLabelText('QTI package (.zip)'), zipFile('PK package'));
    await userEvent.click(form.getByRole('textbox', { name: 'Passage to cite for items that cite none' }));
    await userEvent.paste('background-1');
    await userEvent.keyboard('{Enter}');

    const status = await screen.findByRole('status', { name: '1 item became a question of the draft' });
    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'ImportQtiPackage',
      variables: { quizId: 'quiz:mechanism', packageBase64: btoa('PK package'), passageAnchor: 'background-1' },
    });
    expect(status).toHaveTextContent('Octahedron-TF → octahedron-tf (true/false, added) Left out: feedback shown only for particular answers.');
    expect(status).toHaveTextContent('Map-HOTSPOT (hotspot.xml): Its hotspot interaction has no counterpart among the question types here.');
    expect(await screen.findByText('An octahedron has twelve faces.')).toBeVisible();
  });

  it('says why a package was refused, and sends nothing for a file too large or no file at all', async () => {
    const refused = apiError('BAD_USER_INPUT', 'imsmanifest.xml declares a DTD or entities; QTI 3.0 files need neither, and they are refused.', { reason: 'PACKAGE_XML_DOCTYPE' });
    const sendMutation = openEditor(() => ({ error: refused }));
    const form = await importForm();
    await userEvent.click(form.getByRole('button', { name: 'Import into the draft' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was imported. Choose a QTI package (.zip) to import.');

    await userEvent.upload(form.getByLabelText('QTI package (.zip)'), zipFile('PK', 701 * 1024));
    await userEvent.click(form.getByRole('button', { name: 'Import into the draft' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The package is larger than 700 KB; split it into smaller packages.');
    expect(sendMutation).not.toHaveBeenCalled();

    await userEvent.upload(form.getByLabelText('QTI package (.zip)'), zipFile('PK'));
    await userEvent.click(form.getByRole('button', { name: 'Import into the draft' }));
    expect(await screen.findByText(/imsmanifest.xml declares a DTD/)).toHaveAttribute('role', 'alert');
    expect(sendMutation).toHaveBeenCalledTimes(1);
  });
});
