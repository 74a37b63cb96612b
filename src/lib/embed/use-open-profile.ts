import { useLocation, useNavigate } from 'react-router';
import { keepGlobalParams } from '../url-state/url-state';
import { useEmbedContext } from './embed-context';
import { topWindowLink } from './embed-url';

/**
 * Opens a system's profile from a map, keeping the quarter and weighting. In another site's
 * iframe the profile needs the whole window, like the embed's back link, and keeps the feed the
 * embed drew from (`feed=` is not a page setting, so keeping the page settings alone drops it).
 */
export function useOpenProfile(): (code: string) => void {
  const navigate = useNavigate();
  const { search } = useLocation();
  const { embedded, feed } = useEmbedContext();
  return (code: string) => {
    const to = {
      pathname: `/systems/${encodeURIComponent(code)}`,
      search: keepGlobalParams(search),
    };
    if (embedded)
      window.open(
        topWindowLink(`${to.pathname}${to.search}`, window.location.origin, feed),
        '_top',
      );
    else void navigate(to);
  };
}
