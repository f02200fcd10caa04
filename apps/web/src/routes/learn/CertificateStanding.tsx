/** Where a learner learns what their progress means for a certificate. */
export function CertificateStanding({ eligible }: { eligible: boolean }) {
  if (!eligible) return null;
  return (
    <p className="certificate-standing">
      <span aria-hidden="true">★ </span>
      Eligible for a certificate
    </p>
  );
}
