import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

/** /privacy: what is stored where, and what (if anything) leaves the device. */
export default function PrivacyPage() {
  usePageTitle('Privacy: how your data is kept');
  useFocusHeadingWhenReady(true, 'privacy');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Privacy: how your data is kept</h1>
        <p className="nhsuk-lede-text">Everything you enter stays on this device unless you export it or share a programme.</p>
        <h2>What is stored, and where</h2>
        <ul>
          <li>
            Programmes, rounds, people’s names or labels, answers, evidence notes, actions, events and lessons are kept in this
            browser’s own storage (IndexedDB) on this device.
          </li>
          <li>
            While you type, a copy of the note and of each answer is kept for a moment in the browser’s local storage, so that a
            crash loses nothing; it is removed once saved.
          </li>
          <li>No cookies, no analytics and no advertising. The app makes no request to any other site.</li>
        </ul>
        <h2>When something leaves the device</h2>
        <ul>
          <li>
            <strong>Only when you choose to:</strong> a backup or spreadsheet file you save, answers or an invitation you show as
            QR codes or save as a file.
          </li>
          <li>
            <strong>A shared programme</strong> sends its records to the sync server it was shared with, encrypted on this device
            first (AES-GCM); the key travels only in invitation links, after the “#”, which browsers never send to a server. The
            server stores and relays what it cannot read.
          </li>
        </ul>
        <h2>Removing your data</h2>
        <p>
          Delete a programme from its page, or clear this site’s data in the browser’s settings. Some browsers clear the data of
          sites left unused for a while: keep a backup (see <Link to="/data">Your data</Link>).
        </p>
      </div>
    </div>
  );
}
