import { useRegisterSW } from 'virtual:pwa-register/react';
import { useState } from 'react';
import { flushAll } from '../app/flush';

let reloading = false;
function reloadOnce() {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/** The user decides when to update; pending notes are saved before the reload. */
export function UpdateBanner() {
  const [updating, setUpdating] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

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
                await updateServiceWorker(true);
              }}
            >
              {updating ? 'Updating…' : 'Reload to update'}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-banner__button" onClick={() => setNeedRefresh(false)}>
              Later
            </button>
          </div>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="app-banner" role="status">
        <div className="nhsuk-width-container app-banner__inner">
          <p className="app-banner__text">The app is ready to work offline on this device.</p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-banner__button" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </div>
      </div>
    );
  }
  return null;
}
export default UpdateBanner;
