/**
 * The part of Pagefind's browser API that the site's search uses. Pagefind writes
 * `pagefind/pagefind.js` into `dist/` after `astro build`, so there is no package to import
 * types from at build time; these mirror Pagefind 1.6's documented result shapes.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML: page text with the matched words wrapped in <mark>. */
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  /** HTML: page text with the matched words wrapped in <mark>. */
  excerpt: string;
  meta: { title?: string } & Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindSearchResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindSearchResult[];
}

export interface PagefindModule {
  options: (options: { excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  /** Resolves to null when a newer call superseded this one within the debounce window. */
  debouncedSearch: (term: string, options?: object, debounceTimeoutMs?: number) => Promise<PagefindSearchResponse | null>;
}

/** Where Pagefind's bundle is served from, relative to the site's base. */
export const pagefindBundlePath = 'pagefind/pagefind.js';
