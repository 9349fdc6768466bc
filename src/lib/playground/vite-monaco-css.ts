/**
 * Keeps Monaco's CSS in the production build.
 *
 * Monaco's modules import their own stylesheets (`import './hover.css'`). The playground
 * reaches Monaco only through a dynamic import inside an island, and Astro's build treats
 * CSS reached that way as orphaned and drops it: the editor then renders unstyled and its
 * text layer swallows clicks. This plugin turns each of those imports into a tiny module
 * that imports the stylesheet as a string (`?inline`, so Vite still rewrites `url()`s such
 * as the codicon font into built assets) and appends it to <head> when Monaco loads.
 *
 * The virtual module's id must not end in ".css": Vite would hand it to its CSS pipeline
 * (lightningcss then fails with "Unexpected end of input").
 */
import type { Plugin } from 'vite';

const prefix = '\0pyheap-monaco-style:';
const suffix = '.style.js';

export function monacoInlineCss(): Plugin {
  return {
    name: 'pyheap:monaco-inline-css',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (importer === undefined || !source.endsWith('.css') || !/[\\/]node_modules[\\/]monaco-editor[\\/]/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (resolved === null) return null;
      return prefix + resolved.id + suffix;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length, -suffix.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `if (typeof document !== 'undefined') {`,
        `  const style = document.createElement('style');`,
        `  style.dataset.monaco = '';`,
        `  style.textContent = css;`,
        `  document.head.append(style);`,
        `}`,
      ].join('\n');
    },
  };
}
