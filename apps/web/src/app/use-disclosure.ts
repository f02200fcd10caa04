import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

/**
 * A button that shows and hides a panel of links (WAI-ARIA's disclosure navigation pattern, not
 * an ARIA menu: the links stay links, reached with Tab). The panel closes when one of its links is
 * followed, on Escape (focus back on the button, the innermost panel first), and when a click or
 * the focus goes outside.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    function closeWhenOutside(event: Event) {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', closeWhenOutside);
    document.addEventListener('focusin', closeWhenOutside);
    return () => {
      document.removeEventListener('pointerdown', closeWhenOutside);
      document.removeEventListener('focusin', closeWhenOutside);
    };
  }, [open]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  }

  function closeWhenLinkFollowed(event: MouseEvent) {
    if ((event.target as Element).closest('a')) setOpen(false);
  }

  return {
    open,
    rootProps: { ref: root, onKeyDown: closeOnEscape },
    buttonProps: {
      ref: button,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((wasOpen) => !wasOpen),
    },
    panelProps: { id: panelId, onClick: closeWhenLinkFollowed },
  };
}
