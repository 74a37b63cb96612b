import { ExternalLink } from '../../components/ui/external-link';
import { SummaryList } from '../../components/ui/summary-list';
import type { Standard } from '../../domain/feed/feed-schema';

/** What the standard asks for, who owns it, and where to read the standard itself. */
export function StandardAbout({ standard }: { standard: Standard }) {
  return (
    <SummaryList
      rows={[
        { key: 'What adoption means', value: standard.adoptionMeans },
        { key: 'Owner', value: standard.owner },
        ...(standard.evidenceUrl
          ? [
              {
                key: 'Reference',
                value: (
                  <ExternalLink href={standard.evidenceUrl}>
                    {standard.name} (opens the owner’s page)
                  </ExternalLink>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
