import { createContext, useContext } from 'react';
import type { ShareFeed } from '../url-state/share-link';

export interface EmbedContextValue {
  /** True inside an /embed/ page: frames drop their Download, About and Embed panels. */
  embedded: boolean;
  /** The feed in use, as a link can carry it (set by the app, which knows the active source). */
  feed: ShareFeed;
}

export const EmbedContext = createContext<EmbedContextValue>({
  embedded: false,
  feed: { kind: 'default' },
});

export function useEmbedContext(): EmbedContextValue {
  return useContext(EmbedContext);
}
