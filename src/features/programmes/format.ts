// One formatter of each kind, made once: toLocaleString with options builds a new formatter on
// every call, which costs a visible slice of a long page's render (a programme's 24 rounds).
let dayMonthYear: Intl.DateTimeFormat | undefined;
let dayMonth: Intl.DateTimeFormat | undefined;
let wholeNumber: Intl.NumberFormat | undefined;

function calendarDay(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

/** "3 March 2026" for an ISO date (yyyy-mm-dd), read as a calendar day, whatever the time zone. */
export function formatDate(iso: string): string {
  const date = calendarDay(iso);
  if (!date) return iso;
  dayMonthYear ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dayMonthYear.format(date);
}

/** "3 March" for an ISO date (yyyy-mm-dd), read as a calendar day. */
export function formatDayMonth(iso: string): string {
  const date = calendarDay(iso);
  if (!date) return iso;
  dayMonth ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return dayMonth.format(date);
}

/** "14,400" */
export function formatNumber(n: number): string {
  wholeNumber ??= new Intl.NumberFormat('en-GB');
  return wholeNumber.format(n);
}

/** "1 round", "3 rounds", "no rounds". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `no ${plural}`;
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
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
