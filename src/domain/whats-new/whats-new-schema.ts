import { z } from 'zod';
import { WHATS_NEW_CATEGORIES } from './whats-new-categories';

export { CATEGORY_LABELS, WHATS_NEW_CATEGORIES } from './whats-new-categories';
export type { WhatsNewCategory } from './whats-new-categories';

/**
 * Where a data issue shows a notice: exact page paths (`/`, `/divides`) and system codes, whose
 * profile and board report then show it.
 */
const AffectsSchema = z.object({
  routes: z.array(z.string().regex(/^\/[a-z0-9/-]*$/, 'a page path such as /divides')).optional(),
  systems: z.array(z.string().min(1).max(40)).optional(),
});

/** The page a change is about, linked from its entry: a path on this site and the page's name. */
const PageLinkSchema = z.object({
  path: z.string().regex(/^\/[a-z0-9/-]*$/, 'a page path such as /access-our-data'),
  name: z.string().min(1).max(60),
});

export const WhatsNewEntrySchema = z.object({
  /** Stable: it is the page anchor and names the Atom entry, so it never changes once published. */
  id: z.string().regex(/^[a-z0-9-]{1,80}$/, 'a lower-case id of letters, digits and hyphens'),
  /** The day the change landed (the commit date), not the day it was written up. */
  date: z.iso.date(),
  category: z.enum(WHATS_NEW_CATEGORIES),
  title: z.string().min(1).max(120),
  /** Plain text, shown as text on the page and as text content in the Atom feed. */
  summary: z.string().min(1).max(1200),
  affects: AffectsSchema.optional(),
  page: PageLinkSchema.optional(),
});

/** The whole log: ids unique, newest first (the page and the feed keep this order). */
export const WhatsNewSchema = z
  .array(WhatsNewEntrySchema)
  .min(1)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: 'duplicate id' });
      }
      seen.add(entry.id);
      const previous = entries[index - 1];
      if (previous && previous.date < entry.date) {
        context.addIssue({ code: 'custom', path: [index, 'date'], message: 'not newest first' });
      }
    });
  });

export type WhatsNewEntry = z.infer<typeof WhatsNewEntrySchema>;
