/**
 * Measures the JavaScript a page costs a reader: every script file it requests plus the
 * scripts inlined in its HTML, each gzipped as a server would send it.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

export interface ScriptWeight {
  /** The script's URL, or "inline #n" for the n-th inline script. */
  source: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface JavaScriptWeight {
  scripts: ScriptWeight[];
  totalRawBytes: number;
  totalGzipBytes: number;
}

function weigh(source: string, body: Buffer): ScriptWeight {
  return { source, rawBytes: body.byteLength, gzipBytes: gzipSync(body, { level: 9 }).byteLength };
}

/**
 * Loads `path` as a first-time reader would (in a fresh browser context of `page`'s browser,
 * so nothing comes from the cache: a cached script answers 304 and has no body to weigh)
 * and weighs the JavaScript it loads before the reader does anything. With `stopAt`,
 * scripts requested from the first request matching it on (a lazily loaded editor, say)
 * are left out.
 */
export async function measureJavaScript(page: Page, path: string, stopAt?: RegExp): Promise<JavaScriptWeight> {
  const browser = page.context().browser();
  if (browser === null) return measureIn(page, path, stopAt);
  const context = await browser.newContext();
  try {
    return await measureIn(await context.newPage(), new URL(path, page.url()).href, stopAt);
  } finally {
    await context.close();
  }
}

async function measureIn(page: Page, path: string, stopAt?: RegExp): Promise<JavaScriptWeight> {
  const scriptResponses: Response[] = [];
  const counted = new Set<Request>();
  let stopped = false;
  const watch = (request: Request) => {
    if (stopAt !== undefined && stopAt.test(new URL(request.url()).pathname)) stopped = true;
    if (!stopped && request.resourceType() === 'script') counted.add(request);
  };
  const collect = (response: Response) => {
    if (counted.has(response.request())) scriptResponses.push(response);
  };
  page.on('request', watch);
  page.on('response', collect);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('request', watch);
  page.off('response', collect);

  const files = await Promise.all(scriptResponses.map(async (response) => weigh(new URL(response.url()).pathname, await response.body())));
  const inlineSources = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
  const inline = inlineSources.map((source, index) => weigh(`inline #${index + 1}`, Buffer.from(source)));
  const scripts = [...files, ...inline];
  return {
    scripts,
    totalRawBytes: scripts.reduce((sum, script) => sum + script.rawBytes, 0),
    totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
  };
}
