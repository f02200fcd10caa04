import { Link } from 'react-router';
import { siteName } from '../ui/PageTitle';
import { AccountMenu } from './AccountMenu';
import { MainNavigation } from './MainNavigation';
import { useSession } from './session/session-context';
import { useDisclosure } from './use-disclosure';
import './site-header.css';

/** On a phone the navigation and the account's links fold behind one Menu button; wider, they stand in one row. */
export function SiteHeader() {
  const { viewer } = useSession();
  const { open, rootProps, buttonProps, panelProps } = useDisclosure();
  return (
    <header className="site-header">
      <div className="site-header__inner" {...rootProps}>
        <Link to="/" className="site-name">
          {siteName}
        </Link>
        <button className="site-header__menu-button" {...buttonProps}>
          Menu
        </button>
        <div className="site-header__panel" data-open={open || undefined} {...panelProps}>
          <MainNavigation roles={viewer?.roles ?? []} />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
