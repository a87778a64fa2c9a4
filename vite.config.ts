import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { inlineStyleHashes, securityHeaders } from './security-headers.mjs';
import { prerender } from './scripts/prerender-plugin.mjs';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: ['node_modules'],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'],
      },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: securityHeaders({ syncServer: process.env.VITE_SYNC_SERVER, styleHashes: inlineStyleHashes(`${import.meta.dirname}/dist`) }),
  },
  plugins: [
    react(),
    prerender({ root: import.meta.dirname }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Change Model self-assessment',
        short_name: 'Change Model',
        description:
          'Review your change programme against the eight components of the NHS Change Model, offline, with every answer kept on your device.',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f0f4f5',
        theme_color: '#005eb8',
        categories: ['productivity', 'medical', 'business'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The QR decoder's WebAssembly is precached too: a room with no Wi-Fi scans codes.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        // Every address but the home page opens on the bare shell (scripts/prerender-plugin.mjs).
        navigateFallback: '/shell.html',
        cleanupOutdatedCaches: true,
        inlineWorkboxRuntime: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
});
