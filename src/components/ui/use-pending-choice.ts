import { useState } from 'react';

/**
 * A controlled select whose value comes back through the URL: the router renders a navigation
 * later (in a transition), and until then React puts the select back to the old value, so a
 * second quick arrow key starts from the old value again and the first press is lost. This shows
 * the reader's latest choice until the page has caught up with it: the value shown, and the
 * function to call with each choice.
 */
export function usePendingChoice(value: string): [string, (choice: string) => void] {
  // The choices made since the page last showed one of its own: [the value then, ...choices].
  const [chain, setChain] = useState<readonly string[] | null>(null);
  const newest = chain?.at(-1);
  // Caught up, or moved elsewhere (Back, a link): show the page's value again. An older choice
  // rendered on the way keeps the newest one shown.
  if (chain && (value === newest || !chain.includes(value))) setChain(null);
  const shown = chain && newest !== undefined && chain.includes(value) ? newest : value;
  const choose = (choice: string) => setChain((current) => [...(current ?? [value]), choice]);
  return [shown, choose];
}
