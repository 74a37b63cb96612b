/**
 * The one way a feed's bytes become text, shared by the app (URL and file picker) and the checker,
 * so a file gets the same verdict everywhere. JSON is UTF-8 (RFC 8259); a byte-order mark is
 * honoured because common editors write one: UTF-8's is dropped, UTF-16's selects UTF-16. Bytes
 * that are not valid UTF-8 are refused rather than shown as "\ufffd", which would silently change
 * names (an ISO-8859-1 "Môn" would read "M\ufffdn").
 */
export type DecodedBytes =
  { ok: true; text: string; encoding: FeedEncoding } | { ok: false; reason: string };

export type FeedEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be';

const SAVE_AS_UTF8 = 'save it as UTF-8';

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // Lead byte ranges and the allowed range of the first continuation byte (Unicode Table 3-7),
    // which rules out overlong forms, surrogates and code points above U+10FFFF.
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return index;
    }
    index += length;
  }
  return -1;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedBytes {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    const label = encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
    return {
      ok: false,
      reason: `The feed starts with a ${label} byte-order mark but is not valid ${label} text; ${SAVE_AS_UTF8}`,
    };
  }
}

/** Decodes a feed's bytes to text, or says why they are not text the dashboard can read. */
export function decodeFeedBytes(bytes: Uint8Array): DecodedBytes {
  if (hasPrefix(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (hasPrefix(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  const bom = hasPrefix(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.length >= 2 && (body[0] === 0 || body[1] === 0)) {
    return {
      ok: false,
      reason: `The feed looks like UTF-16 text without a byte-order mark; ${SAVE_AS_UTF8}`,
    };
  }
  try {
    // The native fatal decoder is fast on tens of megabytes; the byte scan only runs to say where.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: bom ? 'utf-8 with BOM' : 'utf-8' };
  } catch {
    const invalid = Math.max(0, firstInvalidUtf8Byte(body));
    return {
      ok: false,
      reason:
        `The feed is not valid UTF-8: byte ${hex(body[invalid] ?? 0)} at offset ` +
        `${(invalid + (bom ? 3 : 0)).toLocaleString('en-GB')} (it may be saved as Windows-1252 ` +
        `or ISO-8859-1); ${SAVE_AS_UTF8}`,
    };
  }
}
