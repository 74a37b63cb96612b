/** Where the bulk files of the static API are served (written at build time by scripts/api). */
export const BULK_ZIP_PATH = '/api/v1/bulk/all-data.zip';
export const BULK_JSON_PATH = '/api/v1/bulk/all-data.json';

/**
 * The whole open data set in two files. They are built from the published data when the site is
 * built, so they cannot hold a feed the reader loaded: the text says so.
 */
export function BulkDownloads() {
  return (
    <>
      <p>Everything the dashboard publishes, for a spreadsheet, a database or a notebook:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          <a href={BULK_ZIP_PATH} download>
            All data as CSV files (ZIP)
          </a>
          : every table of the open data API as CSV, each with a CSV on the Web file describing its
          columns, and a README saying what each file holds, its source and licence.
        </li>
        <li>
          <a href={BULK_JSON_PATH} download>
            All data as one JSON file
          </a>
          : every response of the open data API in one object, keyed by its address.
        </li>
      </ul>
      <p className="nhsuk-body-s">
        These files are made from the published data each time the site is built, so they do not
        include a feed you have loaded yourself.
      </p>
    </>
  );
}
