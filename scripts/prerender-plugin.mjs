/**
 * Vite plugin (build only, issue 17): renders the first screen to static HTML so the first paint
 * needs no JavaScript. index.html gets the home page (hydrated by src/main.tsx); shell.html, a
 * copy with only the header, navigation and footer, is what the service worker answers for every
 * other address (vite.config.ts, navigateFallback) and what the servers send for a deep link.
 * Both are written before the service worker's precache list is made, so both are precached.
 *
 * The stylesheet is inlined into both pages: a phone on a slow network paints as soon as the
 * HTML arrives, with no second round trip for a render-blocking file. The Content-Security-Policy
 * allows exactly that style by its hash, which the build writes to dist/csp.json for the servers
 * (security-headers.mjs, inlineStyleHashes).
 *
 * The app's script is asked for only after the first paint: a tiny module (boot-*.js) waits for
 * the first frame, then imports the entry. On a slow phone the page is on screen before 90 KB of
 * script is fetched and parsed, instead of the two competing for the network and the main thread.
 */
import { createHash } from 'node:crypto';
import { runnerImport } from 'vite';

const ROOT = '<div id="root"></div>';

export function prerender({ root }) {
  return [build({ root }), {
    name: 'change-model:shell-for-deep-links',
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
  }];
}

function build({ root }) {
  return {
    name: 'change-model:prerender',
    apply: 'build',
    enforce: 'post',
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
      // The entry's stylesheet, inlined.
      let head = html;
      const styleHashes = [];
      const link = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(html);
      if (link) {
        const asset = bundle[link[1]];
        if (!asset || asset.type !== 'asset') this.error(`The stylesheet ${link[1]} is not in the build`);
        const css = String(asset.source);
        if (css.includes('</style')) this.error('The stylesheet cannot be inlined: it contains "</style"');
        // The link stays, disabled (never fetched, never applied), so that Vite's preloading of
        // lazy screens sees the stylesheet as present and does not add it a second time.
        head = html.replace(link[0], () => `<style>${css}</style><link rel="stylesheet" href="/${link[1]}" disabled>`);
        styleHashes.push(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
      }
      // The entry script and its preloads come out of the HTML; boot.js fetches them after the first paint.
      const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/.exec(head);
      if (!entry) this.error('index.html has no entry script');
      const boot = [
        '// Fetch the app once the static page is on screen (scripts/prerender-plugin.mjs).',
        `const start = () => import(${JSON.stringify(entry[1])});`,
        "if (document.visibilityState === 'hidden') start();",
        'else requestAnimationFrame(() => setTimeout(start, 0));',
        '',
      ].join('\n');
      const bootName = `assets/boot-${createHash('sha256').update(boot).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: bootName, source: boot });
      head = head
        .replace(entry[0], `<script type="module" src="/${bootName}"></script>`)
        .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
      this.emitFile({ type: 'asset', fileName: 'csp.json', source: JSON.stringify({ styleHashes }, null, 2) + '\n' });
      const home = module.renderHome();
      const shell = module.renderShell();
      page.source = head.replace(ROOT, `<div id="root" data-prerendered="/">${home}</div>`);
      this.emitFile({
        type: 'asset',
        fileName: 'shell.html',
        source: head.replace(ROOT, `<div id="root" data-prerendered="shell">${shell}</div>`),
      });
    },
  };
}
