import { usePageTitle } from '../../app/usePageTitle';
import { StorageSection } from '../../pwa/StorageSection';

export default function SettingsPage() {
  usePageTitle('About and settings');
  return (
    <>
      <h1>About and settings</h1>
      <h2>This app</h2>
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
      <StorageSection />
    </>
  );
}
