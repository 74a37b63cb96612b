/** Reads a GeoJSON file already downloaded (`--from`); every failure comes back as a reason. */
import { readFile } from 'node:fs/promises';

export type ReadResult = { ok: true; value: unknown } | { ok: false; reason: string };

export async function readJsonFile(path: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `no such file: ${path}` };
    if (code === 'EISDIR') return { ok: false, reason: `${path} is a directory, not a file` };
    return { ok: false, reason: `cannot read ${path}: ${(error as Error).message}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `${path} is not valid JSON: ${(error as Error).message}` };
  }
}
