import { bodyText } from '../body-text';
import type { FetchedBody } from '../body-text';
import { LoadError } from '../load-error';

/** A domain product's body as fetched, with its address for the reason a bad body is given. */
export interface ProductBody {
  url: string;
  body: FetchedBody;
}

/**
 * A product's bytes decoded and parsed, by the feed worker (or the page where there is none), so
 * the page never decodes a product's text nor copies it to the worker as a string (a CPU profile
 * of `/` showed the page's decoding in the mesh load). Throws an Error whose message is the reason
 * the product is unreadable, in the words the page used when it decoded the body itself: bytes
 * that are not UTF-8, a web page, or text that is not JSON.
 */
export function productJson({ url, body }: ProductBody): unknown {
  let text: string;
  try {
    text = bodyText(body, url, 'data product');
  } catch (error) {
    if (error instanceof LoadError) throw new Error(error.reason);
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`The data product is not valid JSON: ${(error as Error).message}`);
  }
}
