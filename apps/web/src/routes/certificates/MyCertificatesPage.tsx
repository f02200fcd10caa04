import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { learnerRecordFile } from '../../paths/certificate-paths';
import { coursePath, myLearningPath } from '../../paths/learn-paths';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { AttestationPrompt } from './AttestationPrompt';
import { WalletCertificate } from './WalletCertificate';
import './certificates.css';

const MyCertificatesQuery = graphql(`
  query MyCertificates {
    myCertificates {
      id
      status
      ...WalletCertificate
    }
    myCourses {
      eligibleForCertificate
      attestationAccepted
      certificate {
        id
      }
      course {
        id
        slug
        title
      }
      ...AttestationPrompt
    }
  }
`);

/** The learner's certificates, and the courses where one is still to come. */
export function MyCertificatesPage() {
  // Certificates are issued elsewhere (on completing a course, by an admin), so each visit asks again.
  const [{ data, error }, reexecuteQuery] = useQuery({ query: MyCertificatesQuery, requestPolicy: 'cache-and-network' });
  const [accepted, setAccepted] = useState<{ courseTitle: string; statement: string } | null>(null);

  const awaitingIssue = (data?.myCourses ?? []).filter(
    ({ eligibleForCertificate, attestationAccepted, certificate }) => eligibleForCertificate && attestationAccepted && !certificate,
  );

  return (
    <>
      <PageTitle>My certificates</PageTitle>
      <header className="page-header">
        <h1>My certificates</h1>
        <p className="lede">Download your certificates, and share a link anyone can use to check one without an account.</p>
      </header>
      <p role="status" className="notice attestation__accepted">
        {accepted && `Thank you. For ${accepted.courseTitle} you confirmed: “${accepted.statement}”`}
      </p>
      {!data ? (
        <QueryStatus subject="your certificates" error={error} reexecuteQuery={reexecuteQuery} />
      ) : (
        <>
          {data.myCourses.map((progress) => (
            <AttestationPrompt
              key={progress.course.id}
              progress={progress}
              onAccepted={(confirmation) => {
                setAccepted(confirmation);
                reexecuteQuery({ requestPolicy: 'network-only' });
              }}
            />
          ))}
          {awaitingIssue.length > 0 && (
            <section className="notice awaiting-issue">
              <h2>Waiting to be issued</h2>
              <p>You have completed these courses; an admin issues their certificates, which then appear here.</p>
              <ul>
                {awaitingIssue.map(({ course }) => (
                  <li key={course.id}>
                    <Link to={coursePath(course.slug)}>{course.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {data.myCertificates.length === 0 ? (
            <section className="notice">
              <h2>No certificates yet</h2>
              <p>Complete a course, including its final exam, to earn a certificate.</p>
              <p>
                <Link to={myLearningPath}>See your courses and what to do next</Link>
              </p>
            </section>
          ) : (
            <>
              {data.myCertificates.some(({ status }) => status === 'VALID') && (
                <p>
                  <a className="button button--quiet" href={learnerRecordFile} download>
                    Download my learner record (CLR 2.0)
                  </a>{' '}
                  Every valid certificate in one signed file, for a wallet or an employer.
                </p>
              )}
              <ul className="wallet">
                {data.myCertificates.map((certificate) => (
                  <li key={certificate.id}>
                    <WalletCertificate certificate={certificate} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
