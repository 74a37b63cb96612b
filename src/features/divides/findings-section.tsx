import type { Finding } from '../../domain/divides/findings';

const HEADINGS: Record<Finding['topic'], string> = {
  widening: 'Widening divides',
  spread: 'The spread now',
  'falling-behind': 'Falling behind',
  regional: 'Regional or local',
  deprivation: 'Deprivation',
  borders: 'Borders',
};

/** The headline findings, each a sentence or two generated from the numbers below. */
export function FindingsSection({ findings }: { findings: readonly Finding[] }) {
  return (
    <section aria-labelledby="divides-findings" className="app-divides-findings">
      <h2 className="nhsuk-heading-m" id="divides-findings">
        Findings
      </h2>
      <ul className="nhsuk-list app-divides-findings__list">
        {findings.map((finding) => (
          <li key={finding.topic} className="app-divides-findings__item">
            <strong className="app-divides-findings__topic">{HEADINGS[finding.topic]}.</strong>{' '}
            {finding.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
