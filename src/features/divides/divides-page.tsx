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
        The divides analyses need the readiness scoring, which this version does not yet compute.
        The <AppLink to="/methodology">methodology</AppLink> page says how scores will be made.
      </p>
    </>
  );
}
