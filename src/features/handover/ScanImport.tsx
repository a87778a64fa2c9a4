import { useCallback, useState } from 'react';
import type { DataFile } from '../../exchange/format';
import type { ParseResult } from '../../exchange/parse';
import { ImportReview } from '../data/ImportReview';
import { QrScanner } from './QrScanner';

/** Scan a sequence of codes, then review and take in what they hold (answers or an invitation). */
export default function ScanImport({ onClose }: { onClose: () => void }) {
  const [scanned, setScanned] = useState<{ file: DataFile; total: number; decoder: string }>();
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);

  const onComplete = useCallback((result: ParseResult, total: number, decoder: string) => {
    if (result.ok) setScanned({ file: result.file, total, decoder });
    else setError(result.problem.message);
  }, []);

  if (scanned) {
    return (
      <div data-testid="scanned" data-decoder={scanned.decoder}>
        <ImportReview file={scanned.file} source={scanned.total === 1 ? 'From one QR code' : `From ${scanned.total} QR codes`} onCancel={onClose} />
      </div>
    );
  }
  return (
    <div className="app-scan-import">
      {error ? (
        <div className="nhsuk-error-summary" role="alert" aria-labelledby="scan-error-title" tabIndex={-1}>
          <h3 className="nhsuk-error-summary__title" id="scan-error-title">
            These codes cannot be used
          </h3>
          <div className="nhsuk-error-summary__body">
            <p data-testid="scan-error">{error}</p>
            <p>Nothing on this device has been changed.</p>
          </div>
        </div>
      ) : (
        <QrScanner key={attempt} onComplete={onComplete} />
      )}
      <div className="app-button-row">
        {error && (
          <button type="button" className="nhsuk-button" onClick={() => { setError(''); setAttempt((n) => n + 1); }}>
            Scan again
          </button>
        )}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onClose}>
          Stop scanning
        </button>
      </div>
    </div>
  );
}
