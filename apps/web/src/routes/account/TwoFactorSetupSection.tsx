import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { AccountForm } from './AccountForm';
import { CodeField } from './CodeField';
import { FormAlert } from '../../ui/FormAlert';

const StartSetupMutation = graphql(`
  mutation StartTwoFactorSetup {
    startTwoFactorSetup {
      secret
      qrCode
    }
  }
`);

const ConfirmSetupMutation = graphql(`
  mutation ConfirmTwoFactorSetup($code: String!) {
    confirmTwoFactorSetup(code: $code) {
      codes
    }
  }
`);

/** Off: a new secret for the app (QR code, or typed by hand), then a first code turns it on. */
export function TwoFactorSetupSection({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const [{ data, fetching, error }, start] = useMutation(StartSetupMutation);
  const [, confirm] = useMutation(ConfirmSetupMutation);
  const [started, setStarted] = useState(false);
  const setup = data?.startTwoFactorSetup;

  async function submit({ code }: Record<string, string>) {
    const { data: confirmed, error: refused } = await confirm({ code: code.trim() });
    if (confirmed) onEnabled(confirmed.confirmTwoFactorSetup.codes);
    return refused;
  }

  if (!setup) {
    return (
      <section aria-labelledby="two-factor-off-heading">
        <h2 id="two-factor-off-heading">Two-factor sign-in is off</h2>
        <p>
          With it on, signing in also asks for a code from an authenticator app on your phone (such as FreeOTP, Aegis or Google
          Authenticator), so a stolen password alone is not enough.
        </p>
        {error && <FormAlert>{readProblem(error).message}</FormAlert>}
        <button
          type="button"
          className="button"
          disabled={fetching || started}
          onClick={() => {
            setStarted(true);
            void start({}).then(() => setStarted(false));
          }}
        >
          Set up two-factor sign-in
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="two-factor-setup-heading">
      <h2 id="two-factor-setup-heading">Add this account to your authenticator app</h2>
      <ol className="two-factor__steps">
        <li>
          <p>Scan this QR code with the app:</p>
          <img className="two-factor__qr" src={setup.qrCode} alt="QR code that adds this account to an authenticator app" width={200} height={200} />
          <p>
            Or type this key into the app: <code className="two-factor__secret" aria-label="Setup key">{setup.secret.match(/.{1,4}/g)!.join(' ')}</code>
          </p>
        </li>
        <li>
          <p>Enter the 6-digit code the app now shows for this account.</p>
          <AccountForm submitLabel="Turn on two-factor sign-in" pendingLabel="Checking the code…" onSubmit={submit}>
            <CodeField label="Code from the app" />
          </AccountForm>
        </li>
      </ol>
    </section>
  );
}
