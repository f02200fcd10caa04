import { Link, NavLink } from 'react-router';
import { siteName } from '../ui/PageTitle';
import { AccountMenu } from './AccountMenu';
import { navigationFor } from './navigation';
import { useSession } from './session/session-context';

export function SiteHeader() {
  const { viewer } = useSession();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-name">
          {siteName}
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            {navigationFor(viewer?.roles ?? []).map(({ label, to, end }) => (
              <li key={to}>
                <NavLink to={to} end={end}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
      </div>
    </header>
  );
}
