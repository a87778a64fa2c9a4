import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { App } from './app/App';
import { StorageBlocked } from './app/StorageBlocked';
import { startDatabase } from './app/startDatabase';
import { whenIdle } from './app/preload';
import { preloadPageFor } from './app/pages';
import { pendingJournal } from './db/journal';
import { describeStorageError } from './db/errors';
import './styles/main.scss';

const container = document.getElementById('root')!;
// The build renders the home page into index.html and the bare app shell into shell.html
// (src/app/prerender.tsx), so the first paint needs no script. The home page is hydrated as it
// is; any other screen is drawn over the shell.
const prerenderedFor = container.dataset.prerendered;
const home = window.location.pathname === '/';

function blocked(root: Root, error: unknown) {
  root.render(
    <StrictMode>
      <StorageBlocked message={describeStorageError(error)} />
    </StrictMode>,
  );
}

async function start() {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (home && prerenderedFor === '/' && pendingJournal().length === 0) {
    // The home page reads without Dexie (db/firstScreen.ts); the database opens once the page is idle.
    // As a transition, React hydrates in slices that give way to input (no long task to block a tap).
    let root!: Root;
    startTransition(() => {
      root = hydrateRoot(container, app);
    });
    whenIdle(() => {
      performance.mark('app:idle'); // the first screen is drawn: what loads from here on is not part of it (npm run bench)
      return startDatabase().catch((error: unknown) => blocked(root, error));
    });
    return;
  }
  const root = createRoot(container);
  // The screen's code is fetched while the database opens, so the first render does not wait
  // on it (nor on React's reveal delay for a screen that suspends: see app/lazyPage.ts).
  const screen = preloadPageFor(window.location.pathname);
  try {
    await startDatabase();
  } catch (error) {
    blocked(root, error);
    return;
  }
  await screen;
  // Drawn in slices, as a transition: the first render does not hold the page in one long task.
  startTransition(() => root.render(app));
}

void start();
