import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useFocusHeadingWhenReady } from '../../ui/useFocusHeading';

/** /accessibility: the accessibility statement (what we aim for, how it is tested, known limits). */
export default function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  useFocusHeadingWhenReady(true, 'accessibility');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Accessibility statement</h1>
        <p className="nhsuk-lede-text">
          This tool is meant for everyone in a change team: clinicians, managers, staff and patient representatives, on a phone,
          a tablet passed round a room, a laptop or a projector.
        </p>
        <h2>How accessible this tool is</h2>
        <p>
          We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. You should be able to use every part
          of it with a keyboard alone, with a screen reader, zoomed to 400% and on a 360 pixel wide phone. Every chart has a table
          with the same numbers, and colour never carries meaning on its own.
        </p>
        <h2>How we test it</h2>
        <ul>
          <li>Every screen is scanned with axe-core in a real Chromium browser as part of the automated tests, which fail on any problem found.</li>
          <li>A whole quick check is completed with the keyboard alone in those tests, and by touch on a 360 pixel phone.</li>
          <li>Touch targets are measured in the tests: at least 44 by 44 pixels where people use their fingers.</li>
          <li>Screens are looked at by the team at phone, tablet, laptop and projector widths before a change is released.</li>
        </ul>
        <h2>Known limits</h2>
        <ul>
          <li>The radar and the other charts are pictures: use the “Table” button beside each for the same numbers.</li>
          <li>The tension matrix can be explored with the arrow keys, but a screen reader user will find its table easier.</li>
          <li>Scanning QR codes needs a camera; every hand-over can also be done with a file instead.</li>
          <li>We have not yet had the tool tested by disabled users or audited by an outside organisation.</li>
        </ul>
        <h2>Tell us about a problem</h2>
        <p>
          If something stops you using this tool, tell the person who set it up for your team, and ask them to pass it on to
          the team that maintains it. Your data stays on your device: nothing is sent when you report a problem.
        </p>
        <p>
          <Link to="/privacy" className="app-target-link">How your data is kept (privacy)</Link>
        </p>
      </div>
    </div>
  );
}
