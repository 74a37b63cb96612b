import { stringify } from 'yaml';

/**
 * The published YAML files' exact text: a comment saying where the file comes from, then YAML
 * with no line folding (so a changed sentence is a one-line diff) and single quotes, which is
 * what Prettier would write: the files pass `prettier --check` as generated. Written to YAML 1.1's
 * rules so that strings a 1.1 reader would take for dates or booleans (`2026-04-01`, `yes`) are
 * quoted: Python's PyYAML, which many data-contract tools use, reads YAML 1.1.
 */
export function renderYaml(header: string, value: unknown): string {
  return `# ${header}\n${stringify(value, { lineWidth: 0, singleQuote: true, version: '1.1' })}`;
}
