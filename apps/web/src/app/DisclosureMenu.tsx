import type { ReactNode } from 'react';
import { useDisclosure } from './use-disclosure';

interface DisclosureMenuProps {
  /** What the button says. */
  label: ReactNode;
  /** The list items: links, each in an <li>. */
  children: ReactNode;
}

/** A header menu: a button that opens a list of links below it. */
export function DisclosureMenu({ label, children }: DisclosureMenuProps) {
  const { open, rootProps, buttonProps, panelProps } = useDisclosure();
  return (
    <div className="disclosure-menu" {...rootProps}>
      <button className="disclosure-menu__button" {...buttonProps}>
        {label}
        <span className="disclosure-menu__marker" aria-hidden="true" />
      </button>
      <ul className="disclosure-menu__list" hidden={!open} {...panelProps}>
        {children}
      </ul>
    </div>
  );
}
