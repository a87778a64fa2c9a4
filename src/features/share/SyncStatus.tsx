import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { db } from '../../db/database';
import type { SyncState } from '../../sync/engine';

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** Where this device stands with a shared programme's server, in words; nothing for a programme that is not shared. */
export function SyncStatus({ programmeId, linkToInvitations = true }: { programmeId: string; linkToInvitations?: boolean }) {
  const share = useLiveQuery(() => db.shares.get(programmeId), [programmeId]);
  const [state, setState] = useState<SyncState>();
  const [refusal, setRefusal] = useState('');

  useEffect(() => {
    if (!share) return;
    let unsubscribe: (() => void) | undefined;
    let live = true;
    // The sync code is loaded only for shared programmes.
    void import('../../sync/manager').then(async (m) => {
      if (!live) return;
      setRefusal(share.refused ? m.describeRefusal(share.refused) : '');
      if (!m.syncOf(programmeId)) await m.startAll();
      unsubscribe = m.syncOf(programmeId)?.onState((s) => {
        setState(s);
        if (s.kind === 'refused') setRefusal(m.describeRefusal(s.reason));
      });
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [share?.programmeId, share?.refused, programmeId]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!share) return null;
  let text: string;
  if (refusal) text = refusal;
  else if (!state || state.kind === 'syncing') text = state && state.pending > 0 ? `Syncing ${plural(state.pending, 'change', 'changes')}…` : 'Syncing…';
  else if (state.kind === 'synced') text = `All changes synced at ${time(state.at)}.`;
  else if (state.kind === 'offline') text = state.pending > 0 ? `${plural(state.pending, 'change', 'changes')} waiting to sync (offline). Your answers are safe on this device.` : 'Could not reach the server: your answers are safe on this device.';
  else text = '';
  return (
    <p className={`app-sync-status app-sync-status--${refusal ? 'refused' : (state?.kind ?? 'syncing')}`} role="status" data-testid="sync-status">
      <strong>Shared {share.role === 'facilitator' ? '(you run it)' : '(you take part)'}:</strong> {text}{' '}
      {share.role === 'facilitator' && linkToInvitations && <Link to={`/programmes/${programmeId}/share`}>Invitations</Link>}
    </p>
  );
}
