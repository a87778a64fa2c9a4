import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { describeStorageError } from '../../db/errors';
import { listenForUncaughtQuotaErrors, onStorageError } from './storageErrors';

/**
 * A message that stays until dismissed when the device runs out of space. The app stays usable:
 * nothing is blocked, and what was saved before is untouched (each write is its own transaction).
 */
export function StorageErrorToast() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    const stopListening = listenForUncaughtQuotaErrors();
    const stopReports = onStorageError((error) => setMessage(describeStorageError(error)));
    return () => {
      stopListening();
      stopReports();
    };
  }, []);

  if (!message) return null;
  return (
    <div className="app-storage-toast" role="alert" data-testid="storage-toast">
      <div className="nhsuk-width-container app-storage-toast__inner">
        <p className="app-storage-toast__text">
          <strong>Not saved.</strong> {message} <Link to="/data">See your data and storage</Link>
        </p>
        <button type="button" className="app-storage-toast__close" onClick={() => setMessage('')}>
          Dismiss<span className="nhsuk-u-visually-hidden"> the storage message</span>
        </button>
      </div>
    </div>
  );
}
