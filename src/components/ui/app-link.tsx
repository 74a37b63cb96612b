import type { ComponentProps } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { keepGlobalParams } from '../../lib/url-state/url-state';

type AppLinkProps = Omit<ComponentProps<typeof Link>, 'to'> & { to: string };
type AppNavLinkProps = Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string };

function useTarget(to: string) {
  const { search } = useLocation();
  const [pathname = '', hash] = to.split('#');
  return { pathname, search: keepGlobalParams(search), hash: hash ? `#${hash}` : '' };
}

/** An in-app link that keeps the view-wide parameters (the reader's weights) as it navigates. */
export function AppLink({ to, ...props }: AppLinkProps) {
  return <Link to={useTarget(to)} {...props} />;
}

export function AppNavLink({ to, ...props }: AppNavLinkProps) {
  return <NavLink to={useTarget(to)} {...props} />;
}
