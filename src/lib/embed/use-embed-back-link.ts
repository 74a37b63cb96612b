import { useLocation } from 'react-router';
import { useEmbedContext } from './embed-context';
import { pageOfEmbed, topWindowLink } from './embed-url';

/** The full page this embed shows a chart of, with the same view and feed; null off an embed. */
export function useEmbedBackLink(): string | null {
  const { pathname, search } = useLocation();
  const { feed } = useEmbedContext();
  const page = pageOfEmbed(pathname, search);
  if (page === null) return null;
  return topWindowLink(page, window.location.origin, feed);
}
