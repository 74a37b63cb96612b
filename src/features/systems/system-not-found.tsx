import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';

/** A system code the feed does not have: say so, with a way on. */
export function SystemNotFound({ code }: { code: string }) {
  return (
    <>
      <PageHeading title="System not found" />
      <p>
        The data has no system with the code <code>{code}</code>.{' '}
        <AppLink to="/systems">Choose a system from the list</AppLink>.
      </p>
    </>
  );
}
