import { paramName } from '../url-state/url-state';
import { shareLink } from '../url-state/share-link';
import type { ShareFeed } from '../url-state/share-link';
import type { UrlParamKey } from '../url-state/url-params';
import { EMBED_TARGETS } from './embed-targets';
import type { EmbedTarget } from './embed-targets';

type PathParams = Record<string, string>;

/** The `:name` segments of `pathname` under `pattern`, or null when it does not match. */
export function matchPattern(pattern: string, pathname: string): PathParams | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: PathParams = {};
  for (const [index, part] of want.entries()) {
    const segment = have[index]!;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}

/** `pattern` with its `:name` segments filled; segments are already URL-encoded, kept as they are. */
export function fillPattern(pattern: string, params: PathParams): string {
  const parts = pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? params[part.slice(1)] : part));
  return parts.join('/') || '/';
}

/**
 * The `:name` a frame id fills under `pattern` (`measure-trend-:measure` and
 * `measure-trend-ae-attendances` give `{ measure: 'ae-attendances' }`), URL-encoded for a path;
 * `{}` when `pattern` has no `:name` and is the id itself; null when the id is another frame's.
 */
export function matchFrame(pattern: string, frameId: string): PathParams | null {
  const colon = pattern.indexOf(':');
  if (colon < 0) return pattern === frameId ? {} : null;
  const prefix = pattern.slice(0, colon);
  const rest = frameId.slice(prefix.length);
  if (!frameId.startsWith(prefix) || rest === '') return null;
  return { [pattern.slice(colon + 1)]: encodeURIComponent(rest) };
}

/**
 * The search string ("" or "?…") an embed carries: the chart's own parameters copied as text (so
 * the embed draws exactly what the reader saw), then `feed` when the numbers come from a feed
 * other than the site's own. A local file cannot travel: the embed shows the published feed.
 */
export function embedSearch(search: string, keys: readonly UrlParamKey[], feed: ShareFeed): string {
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of keys) {
    const name = paramName(key);
    const value = current.get(name);
    if (value !== null) kept.set(name, value);
  }
  if (feed.kind === 'url') kept.set(paramName('feed'), feed.url);
  const text = kept.toString();
  return text ? `?${text}` : '';
}

export interface EmbedLink {
  target: EmbedTarget;
  /** Absolute address of the embed page. */
  src: string;
}

/** The embed address for frame `frameId` shown on page `pathname`, or null when it has none. */
export function embedLink(
  frameId: string,
  location: { origin: string; pathname: string; search: string },
  feed: ShareFeed,
): EmbedLink | null {
  for (const target of EMBED_TARGETS) {
    const frameParams = matchFrame(target.frameId, frameId);
    if (!frameParams) continue;
    const params = matchPattern(target.page, location.pathname);
    if (!params) continue;
    const path = fillPattern(target.embed, { ...params, ...frameParams });
    const src = `${location.origin}${path}${embedSearch(location.search, target.keys, feed)}`;
    return { target, src };
  }
  return null;
}

/** The full page an embed came from ("/systems/X?period=…"), or null for an unknown embed. */
export function pageOfEmbed(pathname: string, search: string): string | null {
  for (const target of EMBED_TARGETS) {
    const params = matchPattern(target.embed, pathname);
    if (params) return `${fillPattern(target.page, params)}${search}`;
  }
  return null;
}

/**
 * A full-page address opened from inside an embed, for the top window: `feed=` added when the
 * numbers come from another feed, so the page opened shows the numbers the embed showed.
 */
export function topWindowLink(path: string, origin: string, feed: ShareFeed): string {
  return shareLink(new URL(path, origin).href, feed).url;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The HTML to paste: a lazy iframe titled for screen readers, as wide as its column. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
