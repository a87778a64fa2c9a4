import { useEffect, useState } from 'react';
import { formatBytes, getStorageInfo, requestPersistence, type StorageInfo } from './storage';

function persistenceText(info: StorageInfo): string {
  if (info.persisted === undefined) return 'This browser does not say whether it keeps this app’s data. Keep backups.';
  if (info.persisted) return 'Yes. The browser will not clear this app’s data to free space.';
  if (info.requested) return 'No. The browser declined, so it may clear unused site data when space runs low. Keep backups.';
  return 'Not yet. The app asks when you first save something; you can ask now.';
}

/** Whether the browser keeps our data, and how much space it takes. */
export function StorageSection() {
  const [info, setInfo] = useState<StorageInfo>();
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void getStorageInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="storage-title" className="app-data-section">
      <h2 id="storage-title">Storage on this device</h2>
      {info ? (
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Kept permanently</dt>
            <dd className="nhsuk-summary-list__value" data-testid="data-persistent">
              {persistenceText(info)}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Space used</dt>
            <dd className="nhsuk-summary-list__value" data-testid="data-usage">
              {formatBytes(info.usage)}
              {info.quota !== undefined && ` of ${formatBytes(info.quota)} this browser allows`}
            </dd>
          </div>
        </dl>
      ) : (
        <p role="status">Checking storage…</p>
      )}
      {info && info.persisted === false && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={asking}
          onClick={async () => {
            setAsking(true);
            await requestPersistence();
            setInfo(await getStorageInfo());
            setAsking(false);
          }}
        >
          Ask the browser to keep this data
        </button>
      )}
      <p className="nhsuk-hint">
        If the device runs out of space, the app tells you and keeps everything saved before. Backing up and deleting old programmes frees
        space.
      </p>
    </section>
  );
}
