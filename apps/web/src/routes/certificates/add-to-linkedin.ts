/** What LinkedIn's "Add to profile" form is filled in with for one certificate. */
export interface LinkedInCertification {
  courseTitle: string;
  issuerName: string;
  issuedAt: string;
  expiresAt: string | null;
  verifyUrl: string;
  code: string;
}

/**
 * LinkedIn's add-to-profile address for a certification (startTask=CERTIFICATION_NAME): the form
 * opens filled in, and the learner saves it themselves. The credential URL is the public verify
 * page, so whoever reads the profile can check the certificate; months and years are UTC's, like
 * every date on the certificate.
 */
export function addToLinkedInUrl(certificate: LinkedInCertification): string {
  const issued = new Date(certificate.issuedAt);
  const expires = certificate.expiresAt ? new Date(certificate.expiresAt) : null;
  const form = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: certificate.courseTitle,
    organizationName: certificate.issuerName,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    ...(expires ? { expirationYear: String(expires.getUTCFullYear()), expirationMonth: String(expires.getUTCMonth() + 1) } : {}),
    certUrl: certificate.verifyUrl,
    certId: certificate.code,
  });
  return `https://www.linkedin.com/profile/add?${form}`;
}
