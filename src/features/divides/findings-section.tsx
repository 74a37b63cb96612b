import type { Finding } from '../../domain/divides/findings';
import { HeadedSection } from '../../components/ui/headed-section';

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
    <HeadedSection id="divides-findings" title="Findings" className="app-divides-findings">
      <ul className="nhsuk-list app-divides-findings__list">
        {findings.map((finding) => (
          <li key={finding.topic} className="app-divides-findings__item">
            <strong className="app-divides-findings__topic">{HEADINGS[finding.topic]}.</strong>{' '}
            {finding.text}
          </li>
        ))}
      </ul>
    </HeadedSection>
  );
}
