import { useLocation } from 'react-router';
import { shareLink } from '../url-state/share-link';
import { useEmbedContext } from './embed-context';
import { pageOfEmbed } from './embed-url';

/** The full page this embed shows a chart of, with the same view and feed; null off an embed. */
export function useEmbedBackLink(): string | null {
  const { pathname, search } = useLocation();
  const { feed } = useEmbedContext();
  const page = pageOfEmbed(pathname, search);
  if (page === null) return null;
  return shareLink(new URL(page, window.location.origin).href, feed).url;
}
