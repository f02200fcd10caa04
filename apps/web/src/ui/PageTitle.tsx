import { useLayoutEffect } from 'react';

export const siteName = 'Practitioner Training';

interface PageTitleProps {
  children: string;
  /** What a search result says of the page; index.html's general one when absent. */
  description?: string;
}

/** React hoists the title into the document head while the page is shown. */
export function PageTitle({ children, description }: PageTitleProps) {
  useDocumentDescription(description);
  return <title>{`${children} · ${siteName}`}</title>;
}

/**
 * Puts the page's words in index.html's description for as long as the page is shown. Rendering a
 * <meta> of its own would leave two descriptions in the head, and crawlers take the first.
 */
function useDocumentDescription(description: string | undefined) {
  useLayoutEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!description || !meta) return;
    const general = meta.content;
    meta.content = description;
    return () => {
      meta.content = general;
    };
  }, [description]);
}
