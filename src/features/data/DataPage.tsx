import { useLiveQuery } from 'dexie-react-hooks';
import { ProblemSummary } from '../../ui/ErrorSummary';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { csvFileName, loadProgrammeRecords, measuresCsv, responsesCsv } from '../../exchange/csv';
import { backupFileName, buildBackup, downloadText, recordFullBackup, serialiseBackup } from '../../exchange/export';
import { db } from '../../db/database';
import { describeStorageError } from '../../db/errors';
import { FileImport } from './FileImport';
import { StorageSection } from '../../pwa/StorageSection';

const ScanImport = lazy(() => import('../handover/ScanImport'));

function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

function daysAgo(iso: string): string {
  const days = Math.floor((Date.now() - Date.parse(iso)) / 86_400_000);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

export default function DataPage() {
  usePageTitle('Your data');
  const programmes = useLiveQuery(() => db.programmes.toArray().then((list) => list.sort((a, b) => a.name.localeCompare(b.name))), []);
  const rounds = useLiveQuery(() => db.rounds.toArray().then((list) => list.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))), []);
  const lastBackupAt = useLiveQuery(async () => (await db.settings.get('lastBackupAt'))?.value as string | undefined, []);
  const [chosenProgramme, setChosenProgramme] = useState('');
  const [busy, setBusy] = useState('');
  const [error, setError] = useState('');
  const [scanning, setScanning] = useState(false);
  const programmeId = chosenProgramme || programmes?.[0]?.id || '';

  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError('');
    try {
      await work();
    } catch (err) {
      // Our own errors carry words for people; storage failures get the shared wording.
      const name = (err as { name?: string } | undefined)?.name;
      setError(err instanceof Error && (name === 'Error' || name === 'ImportError') ? err.message : describeStorageError(err));
    } finally {
      setBusy('');
    }
  };

  const backUp = (id?: string) =>
    run(id ? 'programme' : 'all', async () => {
      const backup = await buildBackup(id);
      downloadText(backupFileName(backup), serialiseBackup(backup));
      if (!id) await recordFullBackup(backup.exportedAt);
    });

  const csv = (id: string, what: 'answers' | 'measures') =>
    run(`${what}-${id}`, async () => {
      const records = await loadProgrammeRecords(id);
      const text = what === 'answers' ? responsesCsv(records) : measuresCsv(records);
      downloadText(csvFileName(records.programme, what), text, 'text/csv');
    });

  const hasData = (programmes?.length ?? 0) > 0;

  return (
    <>
      <h1>Your data</h1>
      <p className="nhsuk-lede-text">
        Everything you enter is kept in this browser, on this device, and nowhere else. Keep a backup somewhere safe, move your work to
        another device, or take in answers from other people’s devices.
      </p>
      <ProblemSummary id="data-error-title" title="That did not work" message={error || undefined} />

      <section aria-labelledby="backup-title" className="app-data-section">
        <h2 id="backup-title">Back up</h2>
        <p data-testid="last-backup">
          {lastBackupAt ? (
            <>
              Last backup of everything: <strong>{longDate(lastBackupAt)}</strong> ({daysAgo(lastBackupAt)}).
            </>
          ) : (
            <>No backup of everything has been made on this device yet.</>
          )}
        </p>
        <p>
          A backup is one file holding every programme, round, answer, note, action, event and lesson. Save it where you keep work
          files (not only in Downloads), and make a new one after each review meeting.
        </p>
        <button type="button" className="nhsuk-button" disabled={!hasData || !!busy} onClick={() => backUp()}>
          {busy === 'all' ? 'Preparing the backup…' : 'Back up everything'}
        </button>
        {programmes && programmes.length > 1 && (
          <div className="nhsuk-form-group app-inline-form">
            <label className="nhsuk-label" htmlFor="backup-programme">
              Or back up one programme (for example, to hand it to a colleague)
            </label>
            <div className="app-inline-form__row">
              <select id="backup-programme" className="nhsuk-select" value={programmeId} onChange={(e) => setChosenProgramme(e.target.value)}>
                {programmes.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={!!busy} onClick={() => backUp(programmeId)}>
                Back up this programme
              </button>
            </div>
          </div>
        )}
        {programmes && !hasData && <p className="nhsuk-hint">There is nothing to back up yet.</p>}
      </section>

      <section aria-labelledby="restore-title" className="app-data-section">
        <h2 id="restore-title">Restore or take in a file</h2>
        <FileImport
          label="Choose a file saved by this app"
          hint="A backup, a person’s answers for a round, or a round’s invitation (a .json file). The whole file is checked before anything is saved."
          inputTestId="restore-input"
        />
      </section>

      <section aria-labelledby="scan-title" className="app-data-section">
        <h2 id="scan-title">Scan codes from another device</h2>
        <p>
          Without a network, another device can show its answers or a round’s invitation as QR codes. Scan them here with this device’s
          camera.
        </p>
        {scanning ? (
          <Suspense fallback={<p role="status">Starting the scanner…</p>}>
            <ScanImport onClose={() => setScanning(false)} />
          </Suspense>
        ) : (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setScanning(true)}>
            Scan codes with the camera
          </button>
        )}
      </section>

      {hasData && (
        <section aria-labelledby="csv-title" className="app-data-section">
          <h2 id="csv-title">Spreadsheets</h2>
          <p>
            Download a programme’s answers (one row per person and question) or its measures (one row per component and tracked pair in
            each round) as CSV files that open in Excel or any spreadsheet.
          </p>
          <ul className="nhsuk-list app-csv-list">
            {programmes!.map((p) => (
              <li key={p.id} className="app-csv-list__item">
                <span className="app-csv-list__name">{p.name}</span>
                <span className="app-csv-list__buttons">
                  <button type="button" className="nhsuk-button nhsuk-button--secondary app-button-small" disabled={!!busy} onClick={() => csv(p.id, 'answers')}>
                    Answers<span className="nhsuk-u-visually-hidden"> of {p.name}</span> (CSV)
                  </button>
                  <button type="button" className="nhsuk-button nhsuk-button--secondary app-button-small" disabled={!!busy} onClick={() => csv(p.id, 'measures')}>
                    Measures<span className="nhsuk-u-visually-hidden"> of {p.name}</span> (CSV)
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {hasData && rounds && rounds.length > 0 && (
        <section aria-labelledby="papers-title" className="app-data-section">
          <h2 id="papers-title">Board papers and hand-over</h2>
          <p>Each round has a printable board paper (print it or save it as a PDF), and a hand-over page for moving answers between devices without a network.</p>
          {programmes!.map((p) => {
            const own = rounds.filter((r) => r.programmeId === p.id);
            if (own.length === 0) return null;
            return (
              <details key={p.id} className="nhsuk-details app-papers">
                <summary className="nhsuk-details__summary">
                  <span className="nhsuk-details__summary-text">{p.name}</span>
                </summary>
                <div className="nhsuk-details__text">
                  <ul className="nhsuk-list">
                    {own.map((r) => (
                      <li key={r.id} className="app-papers__round">
                        <span className="app-papers__title">
                          {r.title} ({new Date(`${r.date}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })})
                        </span>
                        <span className="app-papers__links">
                          <Link to={`/programmes/${p.id}/rounds/${r.id}/print`}>
                            Board paper<span className="nhsuk-u-visually-hidden"> for {r.title}</span>
                          </Link>
                          <Link to={`/programmes/${p.id}/rounds/${r.id}/handover`}>
                            Hand-over<span className="nhsuk-u-visually-hidden"> for {r.title}</span>
                          </Link>
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
            );
          })}
        </section>
      )}

      <StorageSection />
    </>
  );
}
