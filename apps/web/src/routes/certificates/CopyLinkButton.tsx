import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';

interface CopyLinkButtonProps {
  link: string;
  /** Says which link, for a screen reader among several: "of the Botox certificate". */
  whose: ReactNode;
}

/** Copies the link and says so where the person is looking; if the browser refuses, shows the link to copy by hand. */
export function CopyLinkButton({ link, whose }: CopyLinkButtonProps) {
  const [outcome, setOutcome] = useState<'copied' | 'refused' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      setOutcome('refused');
    }
  }

  return (
    <span className="copy-link">
      <Button className="button button--quiet" onPress={copy}>
        Copy verify link <span className="visually-hidden">{whose}</span>
      </Button>
      <span role="status" className="copy-link__outcome">
        {outcome === 'copied' && (
          <>
            <span aria-hidden="true">✓ </span>Link copied
          </>
        )}
      </span>
      {outcome === 'refused' && (
        <span role="alert" className="copy-link__outcome">
          This browser did not allow copying. Select the link and copy it: <a href={link}>{link}</a>
        </span>
      )}
    </span>
  );
}
