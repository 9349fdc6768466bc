/**
 * Share links: the whole playground state (code, Python version, step) in the URL's
 * fragment, so opening the link needs no server and the state never reaches one (the
 * fragment is not sent with the request).
 *
 *   /playground#z=<base64url of deflate-raw(JSON)>   when CompressionStream exists
 *   /playground#b=<base64url of UTF-8 JSON>          otherwise
 *
 * Decoding trusts nothing: a link can be truncated by a chat app, edited by hand or crafted.
 * Every failure gives null, sizes are capped before and after inflating, and the result is
 * plain strings and numbers that the page renders as text.
 */

import { isPythonVersion, type PythonVersion } from './types.ts';

export interface SharedState {
  code: string;
  python: PythonVersion;
  /** 1-based step, as the step counter shows it. */
  step?: number;
}

/** Longest code a link may carry (the playground is for snippets, not files). */
export const maxSharedCodeLength = 20_000;
const maxEncodedLength = 60_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null; // a small link that inflates to megabytes is not a snippet
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function validate(value: unknown): SharedState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { c, p, s } = value as Record<string, unknown>;
  if (typeof c !== 'string' || c.length > maxSharedCodeLength) return null;
  const state: SharedState = { code: c, python: isPythonVersion(p) ? p : '3.13' };
  if (typeof s === 'number' && Number.isInteger(s) && s >= 1 && s <= 10_000_000) state.step = s;
  return state;
}

/** The fragment (without "#") for `state`. */
export async function encodeShare(state: SharedState): Promise<string> {
  const json = JSON.stringify({ c: state.code, p: state.python, ...(state.step === undefined ? {} : { s: state.step }) });
  const bytes = new TextEncoder().encode(json);
  if (typeof CompressionStream === 'function') {
    const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
    if (packed !== null) return `z=${toBase64Url(packed)}`;
  }
  return `b=${toBase64Url(bytes)}`;
}

/** The state in a URL fragment ("#z=…" or "z=…"), or null when there is none or it is damaged. */
export async function decodeShare(fragment: string): Promise<SharedState | null> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length < 3 || text.length > maxEncodedLength || text[1] !== '=') return null;
  const bytes = fromBase64Url(text.slice(2));
  if (bytes === null) return null;
  let json: Uint8Array | null = bytes;
  try {
    if (text[0] === 'z') {
      if (typeof DecompressionStream !== 'function') return null;
      json = await pipe(bytes, new DecompressionStream('deflate-raw'), maxSharedCodeLength * 4 + 100);
    } else if (text[0] !== 'b') {
      return null;
    }
    if (json === null) return null;
    return validate(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)));
  } catch {
    return null;
  }
}
