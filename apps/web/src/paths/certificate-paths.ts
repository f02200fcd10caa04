export const myCertificatesPath = '/my-certificates';
export const certificatesAdminPath = '/admin/certificates';
/** The signed-in learner's CLR 2.0 record of every valid certificate, served by the API. */
export const learnerRecordFile = '/learner-record.json';

/**
 * The address of a certificate file on the site the page was opened from. The API gives full
 * addresses on its public URL, but the session cookie that lets the file download belongs to the
 * address in the browser's bar, which may differ (localhost and 127.0.0.1, say).
 */
export function onThisSite(fileUrl: string): string {
  const { pathname, search } = new URL(fileUrl, window.location.origin);
  return `${pathname}${search}`;
}
