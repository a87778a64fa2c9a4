import { useLiveQuery } from 'dexie-react-hooks';
import QRCode from 'qrcode';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { db } from '../../db/database';
import { ProblemSummary } from '../../ui/ErrorSummary';
import type { ShareInvitation } from '../../db/types';
import { SyncStatus } from './SyncStatus';

const date = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A QR code big enough to scan across a room. */
function InvitationCode({ link, label }: { link: string; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) void QRCode.toCanvas(ref.current, link, { errorCorrectionLevel: 'M', margin: 4, width: 420 });
  }, [link]);
  return <canvas ref={ref} className="app-invitation-code" role="img" aria-label={`QR code of the invitation for ${label}`} />;
}

/** Share a programme through a sync server, invite people, withdraw invitations. */
export default function SharePage() {
  const { programmeId = '' } = useParams();
  const programme = useLiveQuery(() => db.programmes.get(programmeId).then((p) => p ?? null), [programmeId]);
  const share = useLiveQuery(() => db.shares.get(programmeId).then((s) => s ?? null), [programmeId]);
  const [server, setServer] = useState(() => window.location.origin);
  const [operatorToken, setOperatorToken] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<'member' | 'facilitator'>('member');
  const [shown, setShown] = useState<ShareInvitation>();
  const uid = useId();
  usePageTitle(programme ? `Share: ${programme.name}` : 'Share');

  if (programme === undefined || share === undefined) return <p className="app-loading">Loading…</p>;
  if (programme === null) return <p>This programme is not on this device.</p>;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link to={`/programmes/${programme.id}`} className="nhsuk-back-link">
        {programme.name}
      </Link>
      <ProblemSummary id={`${uid}-error`} message={error || undefined} />
      <span className="nhsuk-caption-l">{programme.name}</span>
      <h1>Answer together on your own devices</h1>
      {!share ? (
        <>
          <p>
            Share this programme through a sync server so that each member answers on their own phone, tablet or laptop, and
            one round comes together for everyone. Everything is encrypted on this device before it leaves: the server passes
            it on and keeps it, but cannot read a name, an answer or a note.
          </p>
          <p>Without a server nothing changes: the programme stays on this device only.</p>
          {programme.kind === 'personal' ? (
            <p>Quick checks are personal and are never shared.</p>
          ) : (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void act(async () => {
                  const { shareProgramme } = await import('../../sync/manager');
                  await shareProgramme(programme.id, server, operatorToken);
                });
              }}
            >
              <div className="nhsuk-form-group">
                <label className="nhsuk-label" htmlFor={`${uid}-server`}>
                  Sync server address
                </label>
                <div className="nhsuk-hint" id={`${uid}-server-hint`}>
                  Your trust’s sync server, or this app’s own address when it runs on a laptop for the room.
                </div>
                <input className="nhsuk-input" id={`${uid}-server`} type="url" value={server} aria-describedby={`${uid}-server-hint`} onChange={(e) => setServer(e.target.value)} />
              </div>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label" htmlFor={`${uid}-operator`}>
                  Sharing code (optional)
                </label>
                <div className="nhsuk-hint" id={`${uid}-operator-hint`}>
                  Only if whoever runs the server gave you one: a trust’s server may let only some people share programmes.
                </div>
                <input className="nhsuk-input nhsuk-input--width-20" id={`${uid}-operator`} type="password" autoComplete="off" value={operatorToken} aria-describedby={`${uid}-operator-hint`} onChange={(e) => setOperatorToken(e.target.value)} />
              </div>
              <button type="submit" className="nhsuk-button" disabled={busy}>
                Share this programme
              </button>
            </form>
          )}
        </>
      ) : (
        <>
          <SyncStatus programmeId={programme.id} linkToInvitations={false} />
          <p>
            Shared through <strong>{share.server}</strong>. {share.role === 'facilitator' ? 'You run it: you can invite people.' : 'You take part as a member.'}
          </p>
          {share.role === 'facilitator' && (
            <>
              <h2 className="nhsuk-heading-m">Invite someone</h2>
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void act(async () => {
                    const { invite } = await import('../../sync/manager');
                    setShown(await invite(programme.id, role, label, window.location.origin));
                    setLabel('');
                  });
                }}
              >
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label" htmlFor={`${uid}-label`}>
                    Who is it for? (optional, kept on this device)
                  </label>
                  <input className="nhsuk-input nhsuk-input--width-20" id={`${uid}-label`} value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} />
                </div>
                <fieldset className="nhsuk-fieldset nhsuk-form-group">
                  <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">They will</legend>
                  <div className="nhsuk-radios nhsuk-radios--inline">
                    {(
                      [
                        ['member', 'Answer (a member)'],
                        ['facilitator', 'Run the programme too (a facilitator)'],
                      ] as const
                    ).map(([value, text]) => (
                      <div className="nhsuk-radios__item" key={value}>
                        <input className="nhsuk-radios__input" id={`${uid}-${value}`} type="radio" name={`${uid}-role`} checked={role === value} onChange={() => setRole(value)} />
                        <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${uid}-${value}`}>
                          {text}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
                <button type="submit" className="nhsuk-button" disabled={busy}>
                  Make an invitation
                </button>
              </form>
              {shown && (
                <div className="nhsuk-card app-invitation" data-testid="invitation">
                  <div className="nhsuk-card__content">
                    <h3 className="nhsuk-card__heading">Invitation for {shown.label}</h3>
                    <p>Scan the code with a phone camera, or send the link. It works until {date(shown.expiresAt)}; anyone with it can join, so share it only with them.</p>
                    <InvitationCode link={shown.link} label={shown.label} />
                    <p>
                      <label className="nhsuk-label" htmlFor={`${uid}-link`}>
                        Invitation link
                      </label>
                      <input className="nhsuk-input" id={`${uid}-link`} readOnly value={shown.link} data-testid="invitation-link" onFocus={(e) => e.target.select()} />
                    </p>
                  </div>
                </div>
              )}
              <h2 className="nhsuk-heading-m">Invitations</h2>
              {share.invitations.length === 0 ? (
                <p className="app-muted">None yet.</p>
              ) : (
                <ul className="nhsuk-list app-invitation-list">
                  {share.invitations.map((i) => (
                    <li key={i.jti}>
                      <strong>{i.label}</strong> ({i.role}), made {date(i.createdAt)}
                      {i.revokedAt ? (
                        <span className="nhsuk-tag nhsuk-tag--grey"> Withdrawn</span>
                      ) : (
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-inline-button"
                          disabled={busy}
                          onClick={() =>
                            void act(async () => {
                              const { revoke } = await import('../../sync/manager');
                              await revoke(programme.id, i.jti);
                            })
                          }
                        >
                          Withdraw<span className="nhsuk-u-visually-hidden"> the invitation for {i.label}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
