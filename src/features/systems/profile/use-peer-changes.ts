import { useEffect, useRef, useState } from 'react';
import { REMOVES, useRemovalFocus } from '../../../components/ui/use-removal-focus';
import type { PeersState } from '../../../lib/url-state/use-peers';

/** What the last change did, said only while the group is still the one it left. */
interface Said {
  text: string;
  left: string;
}

const groupKey = (codes: readonly string[]) => [...codes].sort().join(',');

/**
 * Remove and add peers without losing the keyboard user's place, and say what changed (for the
 * page's polite live region). After Remove, focus goes to the next row's Remove button, else the
 * previous, else the add control, else the section's heading. After adding the last system there
 * was to add (the form goes), focus goes to that system's Remove button.
 */
export function usePeerChanges(peers: PeersState, codes: readonly string[], headingId: string) {
  const [said, setSaid] = useState<Said | null>(null);
  const fallback = () => {
    const heading = document.getElementById(headingId);
    return heading?.closest('section')?.querySelector('select') ?? heading;
  };
  const focusAfterRemoving = useRemovalFocus(codes, fallback);
  const added = useRef<string | null>(null);
  useEffect(() => {
    const code = added.current;
    if (code === null || !codes.includes(code)) return;
    added.current = null;
    document.querySelector<HTMLElement>(`[${REMOVES}="${code}"]`)?.focus();
  });
  const remove = (code: string, name: string, button: HTMLElement) => {
    focusAfterRemoving(code, button);
    const left = codes.filter((c) => c !== code);
    setSaid({ text: `${name} removed from the peer group.`, left: groupKey(left) });
    peers.remove(code);
  };
  const add = (code: string, name: string, last: boolean) => {
    if (last) added.current = code;
    setSaid({ text: `${name} added to the peer group.`, left: groupKey([...codes, code]) });
    peers.add(code);
  };
  const message = said?.left === groupKey(codes) ? `${said.text} ` : '';
  return { message, remove, add };
}
