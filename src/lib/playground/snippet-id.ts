/**
 * A stable id for a playground snippet, so its edits can be saved in localStorage under a
 * key that survives rebuilds. Authors may give one (`id` prop); otherwise it is a hash of
 * the snippet's original code, which changes only when the author changes the code (and
 * then stale edits of the old snippet should not be restored anyway).
 *
 * FNV-1a over UTF-16 code units, 32 bits, twice with different offsets: not cryptographic,
 * just short, deterministic and identical on the server and in the browser.
 */
export function snippetId(code: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** What an author-given id may contain: it ends up in a storage key and a DOM id. */
export const snippetIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
