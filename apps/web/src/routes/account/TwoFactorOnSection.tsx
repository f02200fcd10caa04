import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { AccountForm } from './AccountForm';
import { CodeField } from './CodeField';

const ReplaceRecoveryCodesMutation = graphql(`
  mutation ReplaceRecoveryCodes($code: String!) {
    replaceRecoveryCodes(code: $code) {
      codes
    }
  }
`);

const TurnOffTwoFactorMutation = graphql(`
  mutation TurnOffTwoFactor($code: String!) {
    turnOffTwoFactor(code: $code)
  }
`);

interface TwoFactorOnSectionProps {
  recoveryCodesLeft: number;
  /** New recovery codes to show, or null when two-factor was turned off. */
  onChanged: (recoveryCodes: string[] | null) => void;
}

/** On: how many recovery codes are left, new ones for a code from the app, and turning it off. */
export function TwoFactorOnSection({ recoveryCodesLeft, onChanged }: TwoFactorOnSectionProps) {
  const [, replace] = useMutation(ReplaceRecoveryCodesMutation);
  const [, turnOff] = useMutation(TurnOffTwoFactorMutation);

  async function replaceCodes({ code }: Record<string, string>) {
    const { data, error } = await replace({ code: code.trim() });
    if (data) onChanged(data.replaceRecoveryCodes.codes);
    return error;
  }

  async function turnOffWith({ code }: Record<string, string>) {
    const { data, error } = await turnOff({ code: code.trim() });
    if (data) onChanged(null);
    return error;
  }

  return (
    <>
      <section aria-labelledby="two-factor-on-heading">
        <h2 id="two-factor-on-heading">Two-factor sign-in is on</h2>
        <p>
          Signing in asks for a code from your authenticator app. You have {recoveryCodesLeft} unused recovery{' '}
          {recoveryCodesLeft === 1 ? 'code' : 'codes'}.
        </p>
      </section>
      <section aria-labelledby="new-codes-heading">
        <h2 id="new-codes-heading">New recovery codes</h2>
        <p>The codes you have now stop working.</p>
        <AccountForm submitLabel="Make new recovery codes" pendingLabel="Checking the code…" onSubmit={replaceCodes}>
          <CodeField label="Code from the app" />
        </AccountForm>
      </section>
      <section aria-labelledby="turn-off-heading">
        <h2 id="turn-off-heading">Turn off two-factor sign-in</h2>
        <AccountForm submitLabel="Turn off two-factor sign-in" pendingLabel="Checking the code…" onSubmit={turnOffWith}>
          <CodeField
            label="Code from the app, or a recovery code"
            recoveryCodes
            description="Admins and reviewers cannot use their role again until it is back on."
          />
        </AccountForm>
      </section>
    </>
  );
}
