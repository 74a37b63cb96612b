import { writeFile } from 'node:fs/promises';
import { ATOM_FILE, whatsNewAtom } from './whats-new-atom';

// Regenerates public/whats-new.atom from src/features/whats-new/whats-new-entries.ts; the drift
// test (whats-new-atom.test.ts) fails until this has been run after the log changes.
await writeFile(ATOM_FILE, whatsNewAtom(), 'utf8');
console.log(`Wrote ${ATOM_FILE}`);
