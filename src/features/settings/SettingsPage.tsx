import { useEffect, useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import { formatBytes, getStorageInfo, requestPersistence, type StorageInfo } from '../../pwa/storage';

function persistenceText(info: StorageInfo): string {
  if (info.persisted === undefined) return 'This browser does not say whether it keeps data.';
  if (info.persisted) return 'Yes: the browser will not clear this app’s data to free space.';
  if (info.requested) return 'No: the browser declined. It may clear unused site data when space runs low, so export backups.';
  return 'Not yet: the app asks when you first save something.';
}

export default function SettingsPage() {
  usePageTitle('About and settings');
  const [info, setInfo] = useState<StorageInfo | undefined>();
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    void getStorageInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <h1>About and settings</h1>
      <h2 className="nhsuk-heading-m">This app</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Version</dt>
          <dd className="nhsuk-summary-list__value" data-testid="app-version">
            {__APP_VERSION__}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Where your data is kept</dt>
          <dd className="nhsuk-summary-list__value">In this browser on this device only. Nothing is sent anywhere.</dd>
        </div>
      </dl>
      <h2 className="nhsuk-heading-m">Storage</h2>
      {info ? (
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Storage kept permanently</dt>
            <dd className="nhsuk-summary-list__value" data-testid="storage-persistent">
              {persistenceText(info)}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Storage used</dt>
            <dd className="nhsuk-summary-list__value" data-testid="storage-used">
              {formatBytes(info.usage)}
              {info.quota !== undefined && ` of ${formatBytes(info.quota)} available to this app`}
            </dd>
          </div>
        </dl>
      ) : (
        <p>Checking storage…</p>
      )}
      {info && !info.persisted && info.persisted !== undefined && (
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
    </>
  );
}
