/**
 * Evidence notes shown back (issue 13): what people wrote on each statement and pair, newest
 * round first, with the statement it belongs to and the person's role. Names only when the
 * screen shows names, and never for a person who chose to stay anonymous.
 */
import type { Judgement, Participant, Response, Round } from '../../db/types';
import { roundsInOrder } from '../../domain/records';
import type { ComponentId } from '../../model/types';
import { roleLabel } from '../../model/vocabulary';

export interface NoteItem {
  key: string;
  roundId: string;
  roundTitle: string;
  roundDate: string;
  /** The statement's text, or empty for a pair. */
  statement: string;
  /** "Clinician 2", or the person's name when names are shown. */
  who: string;
  note: string;
}

/**
 * How each person of a round is shown: their role and a number within the role (in the order
 * people joined), or their name when `showNames` and they are not anonymous. The board paper,
 * the dashboard and the presentation all name people this way.
 */
export function displayNames(participants: readonly Participant[], showNames: boolean): Map<string, string> {
  const perRound = new Map<string, Participant[]>();
  for (const p of participants) perRound.set(p.roundId, [...(perRound.get(p.roundId) ?? []), p]);
  const out = new Map<string, string>();
  for (const people of perRound.values()) {
    const perRole = new Map<string, number>();
    for (const p of [...people].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      const n = (perRole.get(p.role) ?? 0) + 1;
      perRole.set(p.role, n);
      out.set(p.id, showNames && !p.anonymous ? p.label : `${roleLabel(p.role)} ${n}`);
    }
  }
  return out;
}

interface NoteSources {
  rounds: readonly Round[];
  participants: readonly Participant[];
  responses: readonly Response[];
  judgements: readonly Judgement[];
}

/** Rounds up to and including `uptoRoundId` (all when absent), newest first. */
function roundsNewestFirst(rounds: readonly Round[], uptoRoundId?: string): Round[] {
  const ordered = roundsInOrder(rounds);
  const end = uptoRoundId ? ordered.findIndex((r) => r.id === uptoRoundId) : ordered.length - 1;
  return ordered.slice(0, end < 0 ? ordered.length : end + 1).reverse();
}

/** Every non-empty note on a component's statements, newest round first, statements in the round's order. */
export function componentNotes(sources: NoteSources, componentId: ComponentId, options: { uptoRoundId?: string; showNames: boolean }): NoteItem[] {
  const names = displayNames(sources.participants, options.showNames);
  const listed = new Set(sources.participants.map((p) => p.id));
  const byRound = new Map<string, Response[]>();
  for (const r of sources.responses) {
    if (r.componentId !== componentId || r.note.trim() === '' || !listed.has(r.participantId)) continue;
    byRound.set(r.roundId, [...(byRound.get(r.roundId) ?? []), r]);
  }
  const items: NoteItem[] = [];
  for (const round of roundsNewestFirst(sources.rounds, options.uptoRoundId)) {
    const notes = byRound.get(round.id);
    if (!notes) continue;
    const order = new Map(round.prompts.map((p, i) => [p.id, i]));
    const text = new Map(round.prompts.map((p) => [p.id, p.text]));
    notes
      .filter((r) => order.has(r.promptId))
      .sort((a, b) => order.get(a.promptId)! - order.get(b.promptId)! || (names.get(a.participantId) ?? '').localeCompare(names.get(b.participantId) ?? ''))
      .forEach((r) =>
        items.push({
          key: r.id,
          roundId: round.id,
          roundTitle: round.title,
          roundDate: round.date,
          statement: text.get(r.promptId)!,
          who: names.get(r.participantId)!,
          note: r.note.trim(),
        }),
      );
  }
  return items;
}

/** Every non-empty note on one pair, newest round first. */
export function pairNotes(sources: NoteSources, pairKey: string, options: { uptoRoundId?: string; showNames: boolean }): NoteItem[] {
  const names = displayNames(sources.participants, options.showNames);
  const items: NoteItem[] = [];
  const rounds = roundsNewestFirst(sources.rounds, options.uptoRoundId);
  const rank = new Map(rounds.map((r, i) => [r.id, i]));
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  for (const j of sources.judgements) {
    const round = roundOf.get(j.roundId);
    if (j.pairKey !== pairKey || j.note.trim() === '' || !round || !names.has(j.participantId)) continue;
    items.push({ key: j.id, roundId: round.id, roundTitle: round.title, roundDate: round.date, statement: '', who: names.get(j.participantId)!, note: j.note.trim() });
  }
  return items.sort((a, b) => rank.get(a.roundId)! - rank.get(b.roundId)! || a.who.localeCompare(b.who));
}
