import { useLocation } from 'react-router';
import { AppLink } from '../components/ui/app-link';
import { PageTitle } from '../components/ui/page-title';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageTitle title="Page not found" />
      <h1 className="nhsuk-heading-xl">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. If you typed the address, check it is correct.
        If you followed a link to a system, it may have been renamed or merged: systems that ended
        in a boundary change are still listed with their successors.
      </p>
      <ul>
        <li>
          <AppLink to="/">See the national picture</AppLink>
        </li>
        <li>
          <AppLink to="/systems">Find a system</AppLink>
        </li>
        <li>
          <AppLink to="/standards">Browse the standards</AppLink>
        </li>
      </ul>
    </>
  );
}
