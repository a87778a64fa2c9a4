import { lazy, Suspense, useState } from 'react';
import { ProblemSummary } from '../../ui/ErrorSummary';
import { Link, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { NotFound } from '../../app/NotFound';
import { usePageTitle } from '../../app/usePageTitle';
import { ANSWERS_FORMAT, INVITATION_FORMAT, type AnswersPacket, type InvitationPacket } from '../../exchange/format';
import { downloadText } from '../../exchange/export';
import { answersFileName, buildAnswersPacket, buildInvitation, invitationFileName } from '../../exchange/handover';
import { packetToQrCodes } from '../../exchange/qr';
import { roundPath } from '../answer/paths';
import { useRoundData } from '../answer/useRoundData';
import { FileImport } from '../data/FileImport';
import { QrSequence } from './QrSequence';

const ScanImport = lazy(() => import('./ScanImport'));

type Shown = { kind: 'answers'; packet: AnswersPacket; codes: Uint8Array[] } | { kind: 'invitation'; packet: InvitationPacket; codes: Uint8Array[] };

/**
 * Hand-over without a network, for one round: a participant sends their answers to the
 * facilitator's device (file or QR codes); the facilitator takes them in (file or camera) and
 * hands the round's invitation out the same way.
 */
export default function HandoverPage() {
  const { programmeId, roundId } = useParams();
  const data = useRoundData(programmeId, roundId);
  const [personId, setPersonId] = useState('');
  const [shown, setShown] = useState<Shown>();
  const [error, setError] = useState('');
  const [scanning, setScanning] = useState(false);
  const [showAll, setShowAll] = useState(false);
  // A device that took this round in from an invitation, or a member of a shared programme, answers: it does not collect.
  const participantDevice = useLiveQuery(async () => {
    if (!roundId || !programmeId) return false;
    const [invited, share] = await Promise.all([db.settings.get('invitedRounds'), db.shares.get(programmeId)]);
    return ((invited?.value as string[] | undefined) ?? []).includes(roundId) || share?.role === 'member';
  }, [roundId, programmeId]);
  usePageTitle(data ? `Hand over answers – ${data.round.title}` : data === null ? 'Page not found' : 'Loading');

  if (data === undefined || participantDevice === undefined) return <p className="app-loading">Loading…</p>;
  if (data === null) return <NotFound />;
  const { round, programme, participants } = data;
  const person = participants.find((p) => p.id === personId) ?? participants[0];

  const prepare = async (kind: 'answers' | 'invitation', as: 'file' | 'codes') => {
    setError('');
    try {
      if (kind === 'answers') {
        const packet = await buildAnswersPacket(round.id, person!.id);
        if (as === 'file') downloadText(answersFileName(packet), JSON.stringify(packet));
        else setShown({ kind, packet, codes: packetToQrCodes(packet) });
      } else {
        const packet = await buildInvitation(round.id);
        if (as === 'file') downloadText(invitationFileName(packet), JSON.stringify(packet));
        else setShown({ kind, packet, codes: packetToQrCodes(packet) });
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      <Link to={roundPath(programme.id, round.id)} className="nhsuk-back-link">
        Back to the round
      </Link>
      <span className="nhsuk-caption-l">
        {programme.name}: {round.title}
      </span>
      <h1>Hand over answers without a network</h1>
      <p className="nhsuk-lede-text">
        When people answer on their own phones or laptops, their answers can reach the facilitator’s device as a small file or as QR
        codes. Nothing goes over the internet.
      </p>
      <ProblemSummary id="handover-error" title="That did not work" message={error || undefined} />

      <section className="app-data-section" aria-labelledby="send-title">
        <h2 id="send-title">Send your answers to the facilitator</h2>
        {participants.length === 0 ? (
          <p>
            Nobody has answered this round on this device yet. <Link to={roundPath(programme.id, round.id)}>Answer the round</Link> first.
          </p>
        ) : (
          <>
            {participants.length > 1 && (
              <div className="nhsuk-form-group">
                <label className="nhsuk-label" htmlFor="handover-person">
                  Whose answers?
                </label>
                <select id="handover-person" className="nhsuk-select" value={person!.id} onChange={(e) => { setPersonId(e.target.value); setShown(undefined); }}>
                  {participants.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <p>
              {participants.length === 1 ? `These are ${person!.label}’s answers and notes for this round.` : 'Each person’s answers go separately.'}{' '}
              Show the codes to the facilitator’s camera, or save a file and pass it on (by USB stick, AirDrop or Nearby Share).
            </p>
            <div className="app-button-row">
              <button type="button" className="nhsuk-button" onClick={() => prepare('answers', 'codes')}>
                Show my answers as QR codes
              </button>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => prepare('answers', 'file')}>
                Save my answers as a file
              </button>
            </div>
            {shown?.kind === 'answers' && shown.packet.participant.id === person!.id && (
              <QrSequence key={shown.packet.exportedAt} codes={shown.codes} label={`${person!.label}’s answers`} />
            )}
          </>
        )}
      </section>

      {participantDevice && !showAll && (
        <p className="app-muted">
          This device took the round in from an invitation, so this page shows only how to send answers back.{' '}
          <button type="button" className="app-link-button" onClick={() => setShowAll(true)}>
            I am the facilitator: show everything
          </button>
        </p>
      )}

      {(!participantDevice || showAll) && (
      <>
      <section className="app-data-section" aria-labelledby="receive-title">
        <h2 id="receive-title">Take in someone’s answers</h2>
        <p>On the facilitator’s device: each person’s answers join this round as that person. Taking in the same answers twice changes nothing.</p>
        {round.status === 'closed' && (
          <div className="nhsuk-inset-text">
            <p>This round is closed. Reopen it on the round’s page to take in more answers.</p>
          </div>
        )}
        {scanning ? (
          <Suspense fallback={<p role="status">Starting the scanner…</p>}>
            <ScanImport onClose={() => setScanning(false)} />
          </Suspense>
        ) : (
          <button type="button" className="nhsuk-button" onClick={() => setScanning(true)}>
            Scan answers with the camera
          </button>
        )}
        <FileImport
          label="Or choose an answers file"
          hint="A file someone saved with “Save my answers as a file”."
          accept={[ANSWERS_FORMAT, INVITATION_FORMAT]}
          wrongKindMessage="This is a backup, not a person’s answers. Restore backups on the Your data page."
          inputTestId="answers-input"
        />
      </section>

      <section className="app-data-section" aria-labelledby="invite-title">
        <h2 id="invite-title">Invite other devices to this round</h2>
        <p>
          Before people answer on their own devices, give each device this round’s invitation. It carries the programme’s words and this
          round’s questions, and nobody’s answers.
        </p>
        <div className="app-button-row">
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => prepare('invitation', 'codes')}>
            Show the invitation as QR codes
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => prepare('invitation', 'file')}>
            Save the invitation as a file
          </button>
        </div>
        {shown?.kind === 'invitation' && <QrSequence key={shown.packet.exportedAt} codes={shown.codes} label="The round’s invitation" />}
        <p className="nhsuk-hint">
          On the other device, open this app and go to <Link to="/data">Your data</Link>, then scan the codes or choose the file.
        </p>
      </section>
      </>
      )}
    </>
  );
}
