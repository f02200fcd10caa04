import { useEffect, useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { accountDeletedPath } from '../../paths/account-paths';
import { messageWithRetryTime, readProblem } from '../../ui/api-problem';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormAlert } from '../../ui/FormAlert';

const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($currentPassword: String!) {
    deleteMyAccount(currentPassword: $currentPassword)
  }
`);

/** Saves the document as a file named for the day, as the browser's own download would. */
function saveAsFile(document: unknown) {
  const file = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const link = Object.assign(window.document.createElement('a'), {
    href: URL.createObjectURL(file),
    download: `my-data-${new Date().toISOString().slice(0, 10)}.json`,
  });
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Everything the platform holds about the person, to download; and the deletion of the account, asked twice. */
export function OwnDataSection() {
  const navigate = useNavigate();
  const [, deleteMyAccount] = useMutation(DeleteMyAccountMutation);
  const [{ data: download, fetching: downloading, error: downloadError }, fetchDownload] = useQuery({
    query: MyDataQuery,
    pause: true,
    requestPolicy: 'network-only',
  });
  const [password, setPassword] = useState('');
  const [passwordProblem, setPasswordProblem] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  const [deleting, setDeleting] = useState(false);

  // Each press fetches afresh, and each answer is saved once.
  useEffect(() => {
    if (download) saveAsFile(download.myData);
  }, [download]);

  function askToDelete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPasswordProblem(password ? undefined : 'Enter your password.');
    if (password) setAsking(true);
  }

  async function deleteAccount() {
    setDeleting(true);
    const { error } = await deleteMyAccount({ currentPassword: password });
    if (error) {
      setDeleting(false);
      setPasswordProblem(messageWithRetryTime(readProblem(error)));
      return;
    }
    navigate(accountDeletedPath, { replace: true });
  }

  return (
    <>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Download everything the platform holds about you as one JSON file: your profile and credit profile, sessions, enrolments and
          progress, quiz attempts with your answers, evaluations, credit claims, credits from elsewhere, certificates, acknowledgements and
          the audit entries about you.
        </p>
        <Button className="button button--quiet" isPending={downloading} onPress={() => fetchDownload()}>
          {downloading ? 'Preparing…' : 'Download my data'}
        </Button>
        {downloadError && <FormAlert>Couldn’t download your data. {readProblem(downloadError).message}</FormAlert>}
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p>
          Deleting removes your name, email, password, credit profile and credits from elsewhere, and signs you out everywhere. Certificates
          you were issued stay verifiable under your name, and the audit log keeps its entries, because others rely on them as records.
        </p>
        <Form className="account-form" validationBehavior="aria" onSubmit={askToDelete}>
          <TextField
            className="form-field"
            name="currentPassword"
            type="password"
            value={password}
            onChange={(value) => {
              setPassword(value);
              setPasswordProblem(undefined);
            }}
            isInvalid={Boolean(passwordProblem)}
          >
            <Label className="form-field__label">Current password</Label>
            <Input className="form-field__input" autoComplete="current-password" />
            <FieldError className="form-field__error">{passwordProblem}</FieldError>
          </TextField>
          <Button type="submit" className="button" isPending={deleting}>
            {deleting ? 'Deleting…' : 'Delete my account'}
          </Button>
        </Form>
        <ConfirmDialog
          isOpen={asking}
          onOpenChange={setAsking}
          title="Delete your account?"
          confirmLabel="Delete my account"
          cancelLabel="Keep my account"
          onConfirm={deleteAccount}
        >
          <p>This cannot be undone. Your certificates stay verifiable; everything else that names you is removed.</p>
        </ConfirmDialog>
      </section>
    </>
  );
}
