import { registerSW } from 'virtual:pwa-register';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushAll } from '../app/flush';

let reloading = false;
function reloadOnce() {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/**
 * The service worker's registration, shared by the update banner (top of the page) and the
 * offline-ready notice (in the page's content). Registered once, when the first of them mounts
 * (after the first screen is idle: app/AfterIdle.tsx).
 */
interface WorkerState {
  needRefresh: boolean;
  offlineReady: boolean;
}
let state: WorkerState = { needRefresh: false, offlineReady: false };
let update: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

function set(patch: Partial<WorkerState>) {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function useWorker(): WorkerState {
  useEffect(() => {
    update ??= registerSW({
      immediate: true,
      onNeedRefresh: () => set({ needRefresh: true }),
      onOfflineReady: () => set({ offlineReady: true }),
    });
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

/** The user decides when to update; pending notes are saved before the reload. */
export function UpdateBanner() {
  const [updating, setUpdating] = useState(false);
  const { needRefresh } = useWorker();

  if (needRefresh) {
    return (
      <div className="app-banner app-banner--update" role="status">
        <div className="nhsuk-width-container app-banner__inner">
          <p className="app-banner__text">
            <strong>A new version of the app is ready.</strong> Your answers are saved; reloading keeps them.
          </p>
          <div className="app-banner__actions">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--small app-banner__button"
              disabled={updating}
              onClick={async () => {
                setUpdating(true);
                await flushAll();
                // Reload as soon as the new version takes control of this page. workbox-window
                // reloads on its own 'controlling' event too; this covers the case where it does
                // not count the new worker as its own update, so the button never does nothing.
                navigator.serviceWorker?.addEventListener('controllerchange', reloadOnce, { once: true });
                await update?.(true);
              }}
            >
              {updating ? 'Updating…' : 'Reload to update'}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-banner__button" onClick={() => set({ needRefresh: false })}>
              Later
            </button>
          </div>
        </div>
      </div>
    );
  }
  return null;
}
export default UpdateBanner;

/**
 * "Ready to work offline", once, as a notification banner at the end of the page's content
 * (issue 15): it appears a moment after the first visit and must not push the page down under
 * the reader (issue 17, layout shift). A status message, so screen readers announce it.
 */
export function OfflineReadyNotice() {
  const { offlineReady, needRefresh } = useWorker();
  if (!offlineReady || needRefresh) return null;
  return (
    <div className="nhsuk-notification-banner app-offline-ready" role="status" aria-labelledby="offline-ready-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="offline-ready-title">
          Important
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">This app now works offline on this device.</p>
        <p>Your answers stay here, and every screen opens without a connection.</p>
        <button type="button" className="nhsuk-button nhsuk-button--secondary app-button--compact" onClick={() => set({ offlineReady: false })}>
          OK
        </button>
      </div>
    </div>
  );
}

