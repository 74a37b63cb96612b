import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';

export function ComparePage() {
  return (
    <>
      <PageHeading
        title="Compare systems"
        lead="Put two to eight systems side by side, or a system and its peers, standard by standard."
      />
      <p>
        Choosing systems to compare side by side is not built yet. Until it is, the{' '}
        <AppLink to="/">national picture</AppLink> ranks every system with its rank interval and
        compares it with England, any <AppLink to="/standards">standard’s page</AppLink> shows which
        systems lead and lag on it, and each <AppLink to="/systems">system’s profile</AppLink> shows
        its neighbours and its history.
      </p>
    </>
  );
}
