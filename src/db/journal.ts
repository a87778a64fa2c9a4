/**
 * A write journal for answers, so that a reload or a closed tab a moment after a click never
 * loses it. IndexedDB commits asynchronously, and a page that unloads first (a reload at once
 * after the click, often with a second tab keeping the database busy) aborts the transaction.
 * localStorage writes finish before the call returns and survive the page, so each answer is
 * written here first, removed once IndexedDB has committed, and replayed on the next start if it
 * is still here. A replay never overwrites a change made later (it compares times).
 */
const PREFIX = 'cm-journal:';

export type JournalEntry =
  | { kind: 'response'; roundId: string; participantId: string; promptId: string; change: { value: unknown } | { note: string }; at: string }
  | { kind: 'judgement'; roundId: string; participantId: string; pairKey: string; change: { value?: unknown; note?: string }; at: string };

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked: IndexedDB remains the only copy
  }
}

function keyOf(entry: JournalEntry): string {
  const what = entry.kind === 'response' ? entry.promptId : entry.pairKey;
  const field = 'note' in entry.change ? 'note' : 'value';
  return `${PREFIX}${entry.kind}:${entry.roundId}:${entry.participantId}:${what}:${field}`;
}

/** Note a write about to start; returns the key to clear once it has committed. */
export function journalWrite(entry: JournalEntry): string {
  const key = keyOf(entry);
  try {
    storage()?.setItem(key, JSON.stringify(entry));
  } catch {
    // Full or blocked: the IndexedDB write still runs.
  }
  return key;
}

/** The write has committed: forget it, unless a later write of the same answer was journalled meanwhile. */
export function journalDone(key: string, entry: JournalEntry): void {
  try {
    const s = storage();
    if (s && s.getItem(key) === JSON.stringify(entry)) s.removeItem(key);
  } catch {
    // nothing to do
  }
}

/** Entries left by a page that went away before its write committed, oldest first. */
export function pendingJournal(): { key: string; entry: JournalEntry }[] {
  const s = storage();
  if (!s) return [];
  const out: { key: string; entry: JournalEntry }[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      try {
        out.push({ key, entry: JSON.parse(s.getItem(key) ?? '') as JournalEntry });
      } catch {
        s.removeItem(key);
      }
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => a.entry.at.localeCompare(b.entry.at));
}

export function dropJournal(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to do
  }
}
