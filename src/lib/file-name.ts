/**
 * File names that say what a download is: `fileSlug('Readiness', 'map', '2026-Q3')` is
 * `readiness-map-2026-Q3`. Words are lower-cased and joined with hyphens; a quarter keeps its
 * capital Q because that is how periods are written everywhere else in the product.
 */
import { parseQuarter } from '../domain/periods/quarter';

export function fileSlug(...parts: readonly (string | null | undefined)[]): string {
  const slug = parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => {
      const trimmed = part.trim();
      if (parseQuarter(trimmed)) return trimmed;
      return trimmed
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    })
    .filter((part) => part !== '')
    .join('-');
  return slug.slice(0, 120) || 'download';
}
