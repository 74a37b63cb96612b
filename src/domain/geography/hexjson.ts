/**
 * The Open Innovations HexJSON format (https://open-innovations.org/projects/hexmaps/hexjson):
 * offset coordinates `q` (column) and `r` (row) per hex. As in Open Innovations' own renderer,
 * `r` increases upwards (northwards) and the layout names which rows or columns are shoved by
 * half a hex: odd-r and even-r shove rows right, odd-q and even-q shove columns up.
 */
import { z } from 'zod';

export const HexLayoutSchema = z.enum(['odd-r', 'even-r', 'odd-q', 'even-q']);

export const HexSchema = z.object({
  q: z.int(),
  r: z.int(),
  /** Display name. */
  n: z.string().optional(),
  /** Region code, used for region outlines. */
  region: z.string().optional(),
});

export const HexJsonSchema = z
  .object({
    layout: HexLayoutSchema,
    hexes: z.record(z.string().min(1).max(100), HexSchema),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, string>();
    for (const [id, hex] of Object.entries(value.hexes)) {
      const key = `${hex.q},${hex.r}`;
      const other = seen.get(key);
      if (other !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['hexes', id],
          message: `hexes ${other} and ${id} share the cell q=${hex.q}, r=${hex.r}`,
        });
      }
      seen.set(key, id);
    }
  });

export type HexLayout = z.infer<typeof HexLayoutSchema>;
export type Hex = z.infer<typeof HexSchema>;
export type HexJson = z.infer<typeof HexJsonSchema>;

export type ParsedHexJson = { ok: true; layout: HexJson } | { ok: false; reason: string };

/** Checks a HexJSON payload; a bad one comes back as a reason, never as an exception. */
export function parseHexJson(input: unknown): ParsedHexJson {
  const result = HexJsonSchema.safeParse(input);
  if (result.success) return { ok: true, layout: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, reason: 'not a HexJSON layout' };
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'layout file';
  return { ok: false, reason: `${where}: ${issue.message}` };
}
