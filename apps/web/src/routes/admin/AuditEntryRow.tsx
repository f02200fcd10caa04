import { graphql, readFragment, type FragmentType } from '../../gql';
import { describeWhen } from '../../ui/describe-when';
import { describeAction, describeChange } from './audit-entry';

export const AuditEntryRowFragment = graphql(`
  fragment AuditEntryRow on AuditEntry {
    action
    actorEmail
    subjectEmail
    details
    createdAt
  }
`);

export function AuditEntryRow(props: { entry: FragmentType<typeof AuditEntryRowFragment> }) {
  const entry = readFragment(AuditEntryRowFragment, props.entry);
  return (
    <tr>
      <td>
        <time dateTime={entry.createdAt}>{describeWhen(entry.createdAt)}</time>
      </td>
      <td>{entry.actorEmail ?? 'The platform'}</td>
      <td>{describeAction(entry.action)}</td>
      <td>{entry.subjectEmail ?? '—'}</td>
      <td>{describeChange(entry.details)}</td>
    </tr>
  );
}
