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
        Side-by-side scores need the readiness scoring, which this version does not yet compute. In
        the meantime, each <AppLink to="/systems">system’s profile</AppLink> shows its neighbours
        and its history.
      </p>
    </>
  );
}
