// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { highlightThemes } from './src/lib/highlight-themes.ts';
import { monacoInlineCss } from './src/lib/playground/vite-monaco-css.ts';

export default defineConfig({
  integrations: [
    mdx(),
    // Islands (src/islands/) are Preact; pages without one ship no Preact at all.
    preact(),
  ],
  markdown: {
    shikiConfig: {
      themes: highlightThemes,
      // No default: every token carries both colours as CSS variables and
      // src/styles/global.css picks one with light-dark(), so code follows the page's
      // theme switch (including "auto") with no second render.
      defaultColor: false,
    },
  },
  vite: {
    // The playground's engine worker imports modules of its own (code-split like the page).
    worker: { format: 'es' },
    plugins: [
      // Monaco's stylesheets, which the production build would otherwise drop (see the file).
      monacoInlineCss(),
      {
        name: 'pyheap:quiet-mdx-head-inject-warning',
        // @astrojs/mdx marks compiled lessons with a "use astro:head-inject" directive, and
        // the bundler warns that it will not keep it. Astro reads the directive before
        // bundling, so the warning is harmless; dropping it keeps real warnings visible.
        onLog(_level, log) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
          return undefined;
        },
      },
    ],
  },
  // The toolbar loads extra scripts in dev that the built site does not have; keeping dev
  // close to production makes "works in dev" mean something.
  devToolbar: { enabled: false },
});
