import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';

/** Shown for a programme or round that is not on this device (deleted, or a link from elsewhere). */
export function Missing({ what }: { what: 'programme' | 'round' }) {
  usePageTitle(`${what === 'programme' ? 'Programme' : 'Round'} not found`);
  return (
    <>
      <h1>{what === 'programme' ? 'Programme not found' : 'Review round not found'}</h1>
      <p>
        There is no {what === 'programme' ? 'programme' : 'review round'} at this address on this device. It may have been
        deleted, or it may have been set up on another device: data stays on the device where it was entered until someone
        exports it.
      </p>
      <p>
        <Link to="/" className="app-target-link">Go to your programmes</Link>
      </p>
    </>
  );
}

export function Loading() {
  return <p className="app-loading">Loading…</p>;
}
