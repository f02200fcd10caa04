import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup } from 'react-aria-components';
import { roleLabels, roleOrder, sameRoles, theRoles } from '../../app/roles';
import { graphql, readFragment, type FragmentType } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ResetTwoFactorButton } from './ResetTwoFactorButton';

export const UserRolesRowFragment = graphql(`
  fragment UserRolesRow on User {
    id
    name
    email
    roles
  }
`);

/** Resolves to the roles the server saved, or to its explanation of why it did not. */
export type SaveRoles = (userId: string, roles: Role[]) => Promise<{ roles: Role[] } | { problem: string }>;

interface UserRolesRowProps {
  user: FragmentType<typeof UserRolesRowFragment>;
  onSave: SaveRoles;
}

export function UserRolesRow(props: UserRolesRowProps) {
  const user = readFragment(UserRolesRowFragment, props.user);
  // What this row last saved: the list itself is refetched after a save and catches up a moment later.
  const [savedRoles, setSavedRoles] = useState<Role[] | null>(null);
  const [draft, setDraft] = useState<Role[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ saved: boolean; message: string } | null>(null);
  const current = savedRoles ?? user.roles;
  const selected = draft ?? current;
  const changed = !sameRoles(selected, current);

  function choose(roles: string[]) {
    setDraft(roleOrder.filter((role) => roles.includes(role)));
    setOutcome(null);
  }

  async function save() {
    setSaving(true);
    setOutcome(null);
    const result = await props.onSave(user.id, selected);
    setSaving(false);
    if ('problem' in result) {
      setOutcome({ saved: false, message: result.problem });
      return;
    }
    setSavedRoles(result.roles);
    setDraft(null);
    setOutcome({ saved: true, message: `Saved: ${user.name} has ${theRoles(result.roles)}.` });
  }

  return (
    <tr>
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      <td>
        <CheckboxGroup className="role-choices" aria-label={`Roles of ${user.name}`} value={selected} onChange={choose}>
          {roleOrder.map((role) => (
            <Checkbox key={role} value={role} className="checkbox">
              <span className="checkbox__box" aria-hidden="true" />
              {roleLabels[role]}
            </Checkbox>
          ))}
        </CheckboxGroup>
      </td>
      <td className="user-row__save">
        <Button className="button button--small" isDisabled={!changed} isPending={saving} onPress={save}>
          Save <span className="visually-hidden">roles of {user.name}</span>
        </Button>
        <span role="status" className="row-outcome">
          {outcome?.saved && outcome.message}
        </span>
        {outcome && !outcome.saved && (
          <span role="alert" className="row-outcome row-outcome--problem">
            {outcome.message}
          </span>
        )}
        <ResetTwoFactorButton userId={user.id} name={user.name} />
      </td>
    </tr>
  );
}
