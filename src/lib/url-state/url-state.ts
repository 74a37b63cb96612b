import { decodeParam, encodeParam } from './param-codec';
import type { PageId, ParamSpec } from './param-codec';
import { URL_PARAMS } from './url-params';
import type { UrlParamKey, UrlValues } from './url-params';

const KEYS = Object.keys(URL_PARAMS) as UrlParamKey[];

function specOf<K extends UrlParamKey>(key: K): ParamSpec<UrlValues[K]> {
  return URL_PARAMS[key] as unknown as ParamSpec<UrlValues[K]>;
}

export function paramName(key: UrlParamKey): string {
  return URL_PARAMS[key].name;
}

/** The typed value of one parameter in `params`; never throws (see param-codec.ts). */
export function readParam<K extends UrlParamKey>(params: URLSearchParams, key: K): UrlValues[K] {
  return decodeRaw(key, params.get(paramName(key)));
}

export function decodeRaw<K extends UrlParamKey>(key: K, raw: string | null): UrlValues[K] {
  return decodeParam(specOf(key), raw);
}

/** Writes each change into `params` (and returns it); a default value removes the parameter. */
export function writeParams(params: URLSearchParams, changes: Partial<UrlValues>): URLSearchParams {
  for (const key of KEYS) {
    if (!Object.hasOwn(changes, key)) continue;
    const text = encodeParam(specOf(key), changes[key] as UrlValues[typeof key]);
    if (text === null) params.delete(paramName(key));
    else params.set(paramName(key), text);
  }
  return params;
}

/** The parameters a page reads (its own and those any page carries). */
export function pageKeys(page: PageId): UrlParamKey[] {
  return KEYS.filter((key) => {
    const { pages } = URL_PARAMS[key];
    return pages === 'all' || pages.includes(page);
  });
}

/** Everything a page's URL says, typed; defaults for what it leaves out. */
export function readPageState(search: string, page: PageId): Partial<UrlValues> {
  const params = new URLSearchParams(search);
  return Object.fromEntries(pageKeys(page).map((key) => [key, readParam(params, key)]));
}

/** The search string ("" or "?…") for a page's state, defaults left out, in registry order. */
export function writePageState(state: Partial<UrlValues>, page: PageId): string {
  const keys = new Set<string>(pageKeys(page));
  const own = Object.fromEntries(Object.entries(state).filter(([key]) => keys.has(key)));
  const text = writeParams(new URLSearchParams(), own).toString();
  return text ? `?${text}` : '';
}

/**
 * The view-wide parameters of `search` (period and weights), as a search string ("" or "?…"), so
 * moving between pages keeps the reader's quarter and weights. Copied as text, not re-encoded,
 * so a link keeps exactly what the reader had.
 */
export function keepGlobalParams(search: string): string {
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of KEYS) {
    const value = current.get(paramName(key));
    if (URL_PARAMS[key].global && value !== null) kept.set(paramName(key), value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
