import { API_BASE, ENDPOINTS, schemaPath } from './endpoints';
import type { Endpoint } from './endpoints';

function EndpointLinks({ endpoint }: { endpoint: Endpoint }) {
  const file = `${API_BASE}${endpoint.example}`;
  // Each link's name carries the file it opens, so a screen reader's links list tells them apart.
  const links = [
    { href: `${file}.json`, text: 'JSON' },
    ...(endpoint.csv
      ? [
          { href: `${file}.csv`, text: 'CSV' },
          { href: `${file}.csv-metadata.json`, text: 'CSV metadata (CSVW)' },
        ]
      : []),
    { href: schemaPath(endpoint), text: 'JSON Schema' },
  ];
  return (
    <ul className="app-endpoint__links">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>
            {link.text} <span className="nhsuk-u-visually-hidden">of {file}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Every API path: what it answers and its files, JSON first, then CSV, CSVW and the schema. */
export function EndpointList() {
  return (
    <ul className="nhsuk-list app-endpoint-list">
      {ENDPOINTS.map((endpoint) => (
        <li className="app-endpoint" key={endpoint.template}>
          <p className="nhsuk-u-margin-bottom-1">
            <code className="app-endpoint__path">
              {API_BASE}
              {endpoint.template}
            </code>
          </p>
          <p className="nhsuk-u-margin-bottom-1">{endpoint.answers}</p>
          {endpoint.example !== endpoint.template ? (
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
              For example <code className="app-endpoint__path">{API_BASE + endpoint.example}</code>
            </p>
          ) : null}
          <EndpointLinks endpoint={endpoint} />
        </li>
      ))}
    </ul>
  );
}
