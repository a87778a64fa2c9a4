/** "3 March 2026" for an ISO date (yyyy-mm-dd), read as a calendar day, whatever the time zone. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "1 round", "3 rounds", "no rounds". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `no ${plural}`;
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

/** "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const VOCABULARY_NAMES: Record<string, string> = {
  '2013': 'Original names (2013)',
  '2018': 'Refreshed names (2018)',
};
