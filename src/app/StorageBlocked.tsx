/** Shown instead of the app when IndexedDB cannot be opened, so nobody sees a blank page or types into a void. */
export function StorageBlocked({ message }: { message: string }) {
  return (
    <main className="nhsuk-width-container app-main" id="maincontent">
      <div className="nhsuk-error-summary" role="alert" aria-labelledby="storage-blocked-title" tabIndex={-1}>
        <h1 className="nhsuk-error-summary__title" id="storage-blocked-title">
          This app cannot store your answers here
        </h1>
        <div className="nhsuk-error-summary__body">
          <p>{message}</p>
          <p>What you can try:</p>
          <ul>
            <li>leave private or incognito browsing and open the app in a normal window</li>
            <li>allow this site to store data in your browser&apos;s site settings</li>
            <li>free some storage space on the device</li>
          </ul>
          <p>Nothing has been changed. Reload the page once you have changed a setting.</p>
        </div>
      </div>
    </main>
  );
}
