import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';

export function DividesPage() {
  return (
    <>
      <PageHeading
        title="Digital divides"
        lead="Where gaps in interoperability are forming: between systems, between regions, across borders, along deprivation and over time."
      />
      <p>
        The divides analyses (dispersion over time, widening gaps, regional decomposition, the
        deprivation link and cross-border scores) are not built yet. Until they are, the{' '}
        <AppLink to="/">national picture</AppLink> shows the gap between the top and bottom quarter
        of systems and whether it is widening, and maps any standard by region.
      </p>
    </>
  );
}
