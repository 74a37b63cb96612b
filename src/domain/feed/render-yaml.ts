import { stringify } from 'yaml';

/**
 * The published YAML files' exact text: a comment saying where the file comes from, then YAML
 * with no line folding (so a changed sentence is a one-line diff) and single quotes, which is
 * what Prettier would write: the files pass `prettier --check` as generated.
 */
export function renderYaml(header: string, value: unknown): string {
  return `# ${header}\n${stringify(value, { lineWidth: 0, singleQuote: true })}`;
}
