export const siteName = 'Practitioner Training';

/** React hoists the title into the document head while the page is shown. */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} · ${siteName}`}</title>;
}
