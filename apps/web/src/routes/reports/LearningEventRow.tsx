import { graphql, readFragment, type FragmentType } from '../../gql';
import { describeWhen } from '../../ui/describe-when';
import { describeEvent, describeResult } from './learning-event';

export const LearningEventRowFragment = graphql(`
  fragment LearningEventRow on LearningEvent {
    occurredAt
    learnerName
    learnerEmail
    verb
    objectName
    result
  }
`);

export function LearningEventRow(props: { event: FragmentType<typeof LearningEventRowFragment> }) {
  const event = readFragment(LearningEventRowFragment, props.event);
  return (
    <tr>
      <td>
        <time dateTime={event.occurredAt}>{describeWhen(event.occurredAt)}</time>
      </td>
      <td>
        {event.learnerName}
        <span className="learner-email">{event.learnerEmail}</span>
      </td>
      <td>{describeEvent(event.verb, event.objectName)}</td>
      <td>{describeResult(event.result)}</td>
    </tr>
  );
}
