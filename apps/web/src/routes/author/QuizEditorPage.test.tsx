import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { quizEditorPath } from '../../paths/author-paths';
import { apiError, buildUser } from '../../test/account-factory';
import { buildCitationReview } from '../../test/citation-review-factory';
import { buildAuthoredQuestion, buildAuthoredQuiz, type AuthoredQuizData } from '../../test/quiz-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const instructor = buildUser('Grace Hopper', { roles: ['INSTRUCTOR'] });
const source = buildAuthoredQuestion('toxin-source', { prompt: 'Which organism produces botulinum toxin?' });
const name = buildAuthoredQuestion('organism-name', {
  type: 'SHORT_TEXT',
  prompt: 'Name the bacterium that produces botulinum toxin.',
  options: [],
  acceptedAnswers: ['Clostridium botulinum'],
});
const draft = buildAuthoredQuiz('How botulinum toxin works', {
  questions: [source, name],
  changes: {
    comparedWithVersion: 1,
    addedQuestions: [],
    changedQuestions: ['toxin-source'],
    archivedQuestions: ['established-uses'],
    reordered: false,
    changedSettings: ['passingScore'],
  },
});

function openEditor(mutationAnswer: (request: ApiRequest) => ApiAnswer = () => ({})) {
  const sendMutation = vi.fn(mutationAnswer);
  renderPage(quizEditorPath(draft.id), stubClient({ data: { me: instructor, quizForAuthoring: draft } }, sendMutation));
  return sendMutation;
}

const answering = (quiz: AuthoredQuizData) => (request: ApiRequest): ApiAnswer => {
  const field = request.operationName.charAt(0).toLowerCase() + request.operationName.slice(1);
  return { data: { [field]: quiz } };
};

describe('quiz editor', () => {
  // The editor is a separate download; loading it once up front keeps that time out of the first test.
  beforeAll(() => import('./QuizEditorPage'));

  it('checks a question as the server would and says what to fix next to each field, sending nothing', async () => {
    const sendMutation = openEditor();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a question' }));
    const form = within(screen.getByRole('form', { name: 'New question' }));

    await userEvent.click(form.getByLabelText('Option 1'));
    await userEvent.paste('Clostridium botulinum');
    await userEvent.click(form.getByRole('checkbox', { name: 'Correct (option 1)' }));
    await userEvent.click(form.getByLabelText('Option 2'));
    await userEvent.paste('Clostridium difficile');
    await userEvent.click(form.getByRole('checkbox', { name: 'Correct (option 2)' }));
    await userEvent.click(form.getByRole('button', { name: 'Save question' }));

    const prompt = form.getByRole('textbox', { name: 'Question' });
    expect(prompt).toHaveFocus();
    expect(prompt).toHaveAccessibleDescription('Write the question itself (the prompt).');
    expect(form.getByText('A single-choice question needs exactly one correct option, not 2.')).toBeVisible();
    expect(form.getByLabelText('Option 1')).toHaveAccessibleDescription(
      'A single-choice question needs exactly one correct option, not 2.',
    );
    expect(form.getByRole('textbox', { name: 'Source passage anchor' })).toBeInvalid();
    expect(sendMutation).not.toHaveBeenCalled();
  });

  it('asks for a numeric range whose min is not above its max', async () => {
    openEditor();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a question' }));
    const form = within(screen.getByRole('form', { name: 'New question' }));

    await userEvent.click(form.getByRole('radio', { name: 'Number' }));
    await userEvent.click(form.getByRole('radio', { name: 'Any number in a range' }));
    await userEvent.type(form.getByLabelText('From (min)'), '39');
    await userEvent.type(form.getByLabelText('To (max)'), '31');
    await userEvent.click(form.getByRole('button', { name: 'Save question' }));

    expect(form.getByLabelText('From (min)')).toHaveAccessibleDescription("The range's min (39) is greater than its max (31).");
  });

  it('shows the server’s reasons when it refuses a question', async () => {
    const refusal = 'The passage "nowhere-1" is not in the course\'s current source; choose one of its passage anchors.';
    openEditor(() => ({ error: apiError('BAD_USER_INPUT', refusal, { problems: [refusal] }) }));
    await userEvent.click((await screen.findAllByRole('button', { name: 'Edit' }))[0]);
    const form = within(screen.getByRole('form', { name: 'Edit question 1' }));

    const anchor = form.getByRole('textbox', { name: 'Source passage anchor' });
    await userEvent.clear(anchor);
    await userEvent.paste('nowhere-1');
    await userEvent.click(form.getByRole('button', { name: 'Save question' }));

    expect(await form.findByRole('alert')).toHaveTextContent(`The question was not saved. ${refusal}`);
  });

  it('saves an edited prompt, keeping the question’s other fields', async () => {
    const edited = { ...source, prompt: 'Which bacterium produces botulinum toxin?' };
    const sendMutation = openEditor(answering({ ...draft, questions: [edited, name] }));
    await userEvent.click((await screen.findAllByRole('button', { name: 'Edit' }))[0]);
    const prompt = screen.getByRole('textbox', { name: 'Question' });

    await userEvent.clear(prompt);
    await userEvent.paste(edited.prompt);
    await userEvent.click(screen.getByRole('button', { name: 'Save question' }));

    expect(await screen.findByText(edited.prompt)).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Edit question 1' })).not.toBeInTheDocument();
    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'UpdateQuestion',
      variables: {
        questionId: source.id,
        input: {
          type: 'SINGLE_CHOICE',
          prompt: edited.prompt,
          explanation: source.explanation,
          passageAnchor: source.passageAnchor,
          referenceKeys: [],
          options: source.options,
        },
      },
    });
  });

  it('moves a question down with the keyboard and keeps focus on it', async () => {
    const sendMutation = openEditor(answering({ ...draft, questions: [name, source] }));
    const moveDown = (await screen.findAllByRole('button', { name: 'Move down' }))[0];

    moveDown.focus();
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText(`Moved question “${source.prompt}” to position 2 of 2.`)).toBeInTheDocument();
    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'ReorderQuestions',
      variables: { quizId: draft.id, questionIds: [name.id, source.id] },
    });
    const items = within(screen.getByRole('region', { name: /Questions/ })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent(source.prompt);
    expect(within(items[1]).getByRole('button', { name: 'Move up' })).toHaveFocus();
  });

  it('previews a question as learners see it, without its answer', async () => {
    openEditor();
    await userEvent.click((await screen.findAllByRole('button', { name: 'Preview as a learner' }))[0]);

    const preview = screen.getByRole('dialog', { name: 'Preview as a learner' });
    const choices = within(preview).getByRole('radiogroup', { name: source.prompt });
    expect(within(choices).getAllByRole('radio')).toHaveLength(2);
    expect(preview).not.toHaveTextContent(/correct/i);
    await userEvent.click(within(preview).getByRole('button', { name: 'Close preview' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows what publishing changes before it, and what it changed after', async () => {
    const published = { ...draft, status: 'PUBLISHED' as const, publishedAt: '2026-11-05T10:00:00.000Z' };
    const sendMutation = openEditor(answering(published));

    await userEvent.click(await screen.findByRole('button', { name: 'Publish version 2…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Publish version 2?' });
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `Changed 1 question: “${source.prompt}”`,
      'Archived 1 question: established-uses',
      'Changed settings: pass mark.',
    ]);
    expect(dialog).toHaveTextContent('Compared with version 1:');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));

    const result = (await screen.findByRole('heading', { level: 3, name: 'Version 2 is published' })).parentElement;
    expect(result).toHaveRole('status');
    expect(result).toHaveTextContent(`Compared with version 1:Changed 1 question: “${source.prompt}”`);
    expect(sendMutation).toHaveBeenCalledWith({ operationName: 'PublishQuiz', variables: { quizId: draft.id } });
  });

  it('checks the settings as the server would, and saves them in minutes as seconds', async () => {
    const sendMutation = openEditor(answering(draft));
    const settings = within(await screen.findByRole('form', { name: 'Settings' }));
    const passMark = settings.getByRole('textbox', { name: 'Pass mark (%)' });

    await userEvent.clear(passMark);
    await userEvent.type(passMark, '120');
    await userEvent.click(settings.getByRole('button', { name: 'Save settings' }));

    expect(passMark).toHaveAccessibleDescription('The passing score is between 0 and 100.');
    expect(passMark).toHaveFocus();
    expect(sendMutation).not.toHaveBeenCalled();
    await userEvent.clear(passMark);
    await userEvent.type(passMark, '75');
    await userEvent.type(settings.getByRole('textbox', { name: 'Time limit (minutes)' }), '20');
    await userEvent.click(settings.getByRole('radio', { name: 'Once the learner has passed' }));
    await userEvent.click(settings.getByRole('button', { name: 'Save settings' }));

    expect(await settings.findByText('Settings saved in the draft.')).toBeVisible();
    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'UpdateQuizSettings',
      variables: {
        quizId: draft.id,
        input: expect.objectContaining({ passingScore: 75, timeLimitSeconds: 1200, feedback: 'AFTER_PASS', maxAttempts: null }),
      },
    });
  });

  it('says which questions cite a changed source, with the text before and after, and where to clear them', async () => {
    const flagged = {
      ...draft,
      citationReviews: [buildCitationReview('flag-1', { citingKind: 'QUESTION', lessonSlug: null, quizSlug: 'mechanism-quiz', questionKey: 'toxin-source' })],
    };
    renderPage(quizEditorPath(draft.id), stubClient({ data: { me: instructor, quizForAuthoring: flagged } }));

    const notice = within(await screen.findByRole('region', { name: 'Needs review: 1 question cites a changed source' }));
    const question = within(notice.getByRole('region', { name: 'Question toxin-source cites passage injection-points' }));
    expect(question.getByText('As last reviewed').closest('figure')).toHaveTextContent('31 to 39 points');
    expect(question.getByText('Now').closest('figure')).toHaveTextContent('31 points at most');
    expect(notice.getByRole('link', { name: /Review and clear them/ })).toHaveAttribute('href', '/author/courses/botox-chronic-migraine/citation-reviews');
  });

  it('shows no review notice when nothing cited changed', async () => {
    openEditor();

    await screen.findByRole('heading', { name: 'How botulinum toxin works', level: 1 });
    expect(screen.queryByRole('region', { name: /Needs review/ })).toBeNull();
  });
});
