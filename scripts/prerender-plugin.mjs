/**
 * Vite plugin (build only, issue 17): renders the first screen to static HTML so the first paint
 * needs no JavaScript. index.html gets the home page (hydrated by src/main.tsx); shell.html, a
 * copy with only the header, navigation and footer, is what the service worker answers for every
 * other address (vite.config.ts, navigateFallback) and what the servers send for a deep link.
 * Both are written before the service worker's precache list is made, so both are precached.
 */
import { runnerImport } from 'vite';

const ROOT = '<div id="root"></div>';

export function prerender({ root }) {
  return {
    name: 'change-model:prerender',
    apply: 'build',
    enforce: 'post',
    // A deep link opens on the shell, not on the home page's HTML (vite preview's own fallback
    // would send index.html). The sync server does the same (server/src/server.ts).
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        const wantsPage = (req.headers.accept ?? '').includes('text/html');
        if (wantsPage && path !== '/' && path !== '/index.html' && !/\.[a-z0-9]+$/i.test(path)) req.url = '/shell.html';
        next();
      });
    },
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      const html = String(page.source);
      if (!html.includes(ROOT)) this.error('index.html has no empty <div id="root"></div> to render into');
      const { module } = await runnerImport('/src/app/prerender.tsx', {
        root,
        configFile: false,
        logLevel: 'warn',
        css: { preprocessorOptions: { scss: { loadPaths: ['node_modules'] } } },
      });
      const home = module.renderHome();
      const shell = module.renderShell();
      page.source = html.replace(ROOT, `<div id="root" data-prerendered="/">${home}</div>`);
      this.emitFile({
        type: 'asset',
        fileName: 'shell.html',
        source: html.replace(ROOT, `<div id="root" data-prerendered="shell">${shell}</div>`),
      });
    },
  };
}
