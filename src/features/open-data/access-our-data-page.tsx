import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import { ApiLicence } from './api-licence';
import { API_BASE, BULK_FILES } from './endpoints';
import { EndpointList } from './endpoint-list';
import { ExamplesSection } from './examples-section';
import './open-data.css';

/** The static API, its licence and permanence, the bulk files, and examples to copy (issue 16). */
export function AccessOurDataPage() {
  return (
    <>
      <PageHeading
        title="Access our data"
        lead="The dashboard's systems, scores, standards, regions, data products and measures are also published as files to download or read from your own code: JSON and CSV, with no key and no sign-up."
      />
      <h2 className="nhsuk-heading-m">What is there</h2>
      <p>
        The API is a set of static files under <code>{API_BASE}/</code>, written when the dashboard
        is built from the same data and the same method as the pages, so a file and the page showing
        the same view agree. Each path has a JSON file (<code>.json</code>) and, except the index, a
        CSV file (<code>.csv</code>) with the same rows. Each JSON response follows a published JSON
        Schema, and each CSV has a CSV on the Web (CSVW) metadata file beside it that describes its
        columns. Paths with <code>{'{CODE}'}</code>, <code>{'{ID}'}</code> or{' '}
        <code>{'{PERIOD}'}</code> exist for every system, standard, measure and period; the index
        lists each one. The repository&apos;s docs/static-api.md describes how the files are
        written.
      </p>
      <EndpointList />

      <h2 className="nhsuk-heading-m">Download everything</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          <a href={BULK_FILES.zip}>All the data as CSV files (ZIP)</a>: every CSV above with its
          CSVW file and a README.
        </li>
        <li>
          <a href={BULK_FILES.json}>All the data as one JSON file</a>.
        </li>
      </ul>

      <h2 className="nhsuk-heading-m">Licence</h2>
      <ApiLicence />

      <h2 className="nhsuk-heading-m">Version and permanence</h2>
      <p>
        This is version 1 of the API: every path starts <code>{API_BASE}/</code>. Within version 1 a
        path keeps its meaning: fields may be added, but none is renamed or removed. A change that
        would break existing code gets a new version beside this one.
      </p>
      <p>
        A system that ended (when integrated care boards merge) keeps its path and its past scores,
        and its entry in <code>{API_BASE}/systems</code> names the systems that took over its area (
        <code>successors</code>). How the method scores each system is on the{' '}
        <AppLink to="/methodology">methodology page</AppLink>; changes to the data and the method
        are dated on <AppLink to="/whats-new">What&apos;s new</AppLink>.
      </p>

      <ExamplesSection />
    </>
  );
}
