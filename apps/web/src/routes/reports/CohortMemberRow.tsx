import { graphql, readFragment, type FragmentType } from '../../gql';
import { describeWhen } from '../../ui/describe-when';
import { scoreLabel } from '../../ui/progress-words';
import { StatusBadge } from '../../ui/StatusBadge';

export const CohortMemberRowFragment = graphql(`
  fragment CohortMemberRow on CohortMember {
    name
    email
    status
    percent
    eligibleForCertificate
    finalExamBestScore
    lastActivityAt
    modules {
      slug
      status
      bestQuizScore
    }
  }
`);

interface CohortMemberRowProps {
  member: FragmentType<typeof CohortMemberRowFragment>;
  /** The course's modules in teaching order, one column each. */
  moduleSlugs: string[];
  hasFinalExam: boolean;
}

/** One learner against the course's modules. */
export function CohortMemberRow({ member: memberRef, moduleSlugs, hasFinalExam }: CohortMemberRowProps) {
  const member = readFragment(CohortMemberRowFragment, memberRef);
  return (
    <tr>
      <th scope="row">{member.name}</th>
      <td>{member.email}</td>
      <td>
        <StatusBadge status={member.status} />
      </td>
      <td>{member.percent}%</td>
      {moduleSlugs.map((slug) => {
        const module = member.modules.find((candidate) => candidate.slug === slug);
        return (
          <td key={slug}>
            {module ? (
              <>
                <StatusBadge status={module.status} />
                {module.bestQuizScore !== null && <span className="cohort-score">Quiz {scoreLabel(module.bestQuizScore)}</span>}
              </>
            ) : (
              '—'
            )}
          </td>
        );
      })}
      {hasFinalExam && <td>{member.finalExamBestScore === null ? 'Not taken' : scoreLabel(member.finalExamBestScore)}</td>}
      <td>{member.eligibleForCertificate ? 'Eligible' : 'Not yet'}</td>
      <td>
        <time dateTime={member.lastActivityAt}>{describeWhen(member.lastActivityAt)}</time>
      </td>
    </tr>
  );
}
