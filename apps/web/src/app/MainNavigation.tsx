import { NavLink } from 'react-router';
import type { Role } from '../gql/graphql';
import { DisclosureMenu } from './DisclosureMenu';
import { navigationFor, type NavigationEntry } from './navigation';

export function MainNavigation({ roles }: { roles: readonly Role[] }) {
  return (
    <nav aria-label="Main">
      <ul className="site-nav">
        {navigationFor(roles).map((item) =>
          item.kind === 'link' ? (
            <li key={item.entry.to}>
              <NavigationLink entry={item.entry} />
            </li>
          ) : (
            <li key={item.label}>
              <DisclosureMenu label={item.label}>
                {item.entries.map((entry) => (
                  <li key={entry.to}>
                    <NavigationLink entry={entry} />
                  </li>
                ))}
              </DisclosureMenu>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

function NavigationLink({ entry: { label, to, end } }: { entry: NavigationEntry }) {
  return (
    <NavLink to={to} end={end}>
      {label}
    </NavLink>
  );
}
