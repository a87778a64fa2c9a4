import { ValidationError } from './errors';

export const LIMITS = {
  name: 120,
  shortText: 200,
  longText: 4000,
  note: 10000,
} as const;

/** Trim and check a required short text field. */
export function requiredText(field: string, label: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed) throw new ValidationError(field, `Enter ${label}`);
  if (trimmed.length > max) throw new ValidationError(field, `${capitalise(label)} must be ${max.toLocaleString('en-GB')} characters or fewer`);
  return trimmed;
}

export function optionalText(field: string, label: string, value: string | undefined, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) throw new ValidationError(field, `${capitalise(label)} must be ${max.toLocaleString('en-GB')} characters or fewer`);
  return trimmed;
}

/** A real calendar date as yyyy-mm-dd (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function requiredDate(field: string, label: string, value: string): string {
  if (!value) throw new ValidationError(field, `Enter ${label}`);
  if (!isIsoDate(value)) throw new ValidationError(field, `${capitalise(label)} must be a real date`);
  return value;
}

export function optionalDate(field: string, label: string, value: string | undefined): string {
  if (!value) return '';
  return requiredDate(field, label, value);
}

export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
