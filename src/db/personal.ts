/**
 * Which programme holds a person's quick checks, and which of its rounds is the unfinished one:
 * one rule, used by the quick check's commands (db/quickcheck.ts, through Dexie) and by the home
 * page's reader (db/firstScreen.ts, without Dexie). Types only: nothing here loads the database.
 */
import type { Programme, Round } from './types';

/** The remembered personal programme if it is among these, else the oldest personal one. */
export function personalProgrammeOf(programmes: readonly Programme[], rememberedId: unknown): Programme | undefined {
  return (
    programmes.find((p) => p.id === rememberedId) ??
    programmes.filter((p) => p.kind === 'personal').sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]
  );
}

/** The newest round still open (a quick check not yet finished). */
export function newestOpenRound(rounds: readonly Round[]): Round | undefined {
  return rounds.filter((r) => r.status === 'open').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}
