/**
 * Static HTML of the first screen, rendered at build time (scripts/prerender-plugin.mjs, issue 17)
 * so a phone paints the page before any script has arrived:
 * - `renderHome()`: the home page as it looks before the device's data is read, hydrated by
 *   main.tsx (the same tree: App's routes under a static router at "/");
 * - `renderShell()`: the header, navigation and footer around an empty page, for every other
 *   address (the service worker's navigation fallback), drawn over by main.tsx.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import { AppRoutes, AppShell } from './App';
import { Layout } from './Layout';

export function renderHome(): string {
  return renderToString(
    <StrictMode>
      <AppShell>
        <StaticRouter location="/">
          <AppRoutes />
        </StaticRouter>
      </AppShell>
    </StrictMode>,
  );
}

function ShellContent() {
  return <p className="app-loading">Loading…</p>;
}

export function renderShell(): string {
  return renderToString(
    <StrictMode>
      <StaticRouter location="/loading">
        <Routes>
          <Route element={<Layout />}>
            <Route path="*" element={<ShellContent />} />
          </Route>
        </Routes>
      </StaticRouter>
    </StrictMode>,
  );
}
