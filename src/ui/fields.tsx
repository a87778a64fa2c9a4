/**
 * Form fields in the NHS design-system pattern: label, hint, inline error message, and
 * aria-describedby tying them to the control. Pair with <ErrorSummary> at the top of the form.
 *
 * Length limits are checked in code (the db layer throws ValidationError); `maxLength` here only
 * drives a visible character count, never the browser's silent truncation.
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { ValidationError } from '../db/errors';
import type { ErrorItem } from './ErrorSummary';

/** Field id -> message. The id must be the id of the control (or first control) in the DOM. */
export type FieldErrors = Record<string, string>;

/** Errors in the order the fields appear on the form, for <ErrorSummary>. */
export function errorList(errors: FieldErrors, order: string[] = []): ErrorItem[] {
  const fields = [...order.filter((f) => f in errors), ...Object.keys(errors).filter((f) => !order.includes(f))];
  return fields.map((field) => ({ field, message: errors[field]! }));
}

/**
 * Map an error thrown by a db command to a field error. `fieldIds` maps the db layer's field
 * names (e.g. 'date') to the form's control ids (e.g. 'round-date-day'); `fallbackField` takes
 * anything else (storage failures), with the words from `describe`.
 */
export function errorToFields(
  error: unknown,
  fieldIds: Record<string, string>,
  describe: (error: unknown) => string,
  fallbackField: string,
): FieldErrors {
  if (error instanceof ValidationError && fieldIds[error.field]) return { [fieldIds[error.field]!]: error.message };
  return { [fallbackField]: describe(error) };
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  );
}

interface BaseFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Show the label as the page heading (a one-question page). */
  labelClassName?: string;
}

export interface TextInputProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  name?: string;
  type?: 'text' | 'email' | 'search';
  autoComplete?: string;
  /** nhsuk width class, e.g. 'nhsuk-input--width-20'. Full width when absent. */
  widthClass?: string;
  maxLength?: number;
  spellCheck?: boolean;
  /** The on-screen keyboard to offer (for example "decimal" for a number with a point). */
  inputMode?: 'text' | 'decimal' | 'numeric';
}

export function TextInput({
  id,
  label,
  hint,
  error,
  labelClassName,
  value,
  onChange,
  name,
  type = 'text',
  autoComplete,
  widthClass,
  maxLength,
  spellCheck,
  inputMode,
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = maxLength ? `${id}-count` : undefined;
  return (
    <div
      className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}${maxLength ? ' nhsuk-character-count' : ''}`}
      data-nhsuk-character-count-init={maxLength ? '' : undefined}
    >
      <label className={`nhsuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId!} message={error} />}
      <input
        className={`nhsuk-input${widthClass ? ` ${widthClass}` : ''}${error || (maxLength && value.length > maxLength) ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        aria-describedby={describedBy(hintId, errorId, countId)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {maxLength && <CharacterCount id={countId!} length={value.length} max={maxLength} />}
    </div>
  );
}

export interface TextareaProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  name?: string;
  rows?: number;
  maxLength?: number;
  onBlur?: () => void;
}

export function Textarea({ id, label, hint, error, labelClassName, value, onChange, name, rows = 5, maxLength, onBlur }: TextareaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = maxLength ? `${id}-count` : undefined;
  return (
    <div
      className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}${maxLength ? ' nhsuk-character-count' : ''}`}
      data-nhsuk-character-count-init={maxLength ? '' : undefined}
    >
      <label className={`nhsuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId!} message={error} />}
      <textarea
        className={`nhsuk-textarea${error || (maxLength && value.length > maxLength) ? ' nhsuk-textarea--error' : ''}`}
        id={id}
        name={name ?? id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(hintId, errorId, countId)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
      {maxLength && <CharacterCount id={countId!} length={value.length} max={maxLength} />}
    </div>
  );
}

/**
 * The design system's character count (nhsuk-frontend v10's markup and words): the limit in the
 * field's description ("You can enter up to 120 characters", read with the field), the count
 * under it as you type ("You have 12 characters remaining", red once over: "You have 3
 * characters too many"), and the same count told to screen readers a second after typing
 * pauses, as the library does, so each keystroke is not read out.
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length > max;
  const diff = Math.abs(max - length);
  const unit = diff === 1 ? 'character' : 'characters';
  const status = over ? `You have ${diff.toLocaleString('en-GB')} ${unit} too many` : `You have ${diff.toLocaleString('en-GB')} ${unit} remaining`;
  const [told, setTold] = useState(status);
  useEffect(() => {
    const timer = window.setTimeout(() => setTold(status), 1000);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <>
      <div className="nhsuk-hint nhsuk-character-count__message nhsuk-u-visually-hidden" id={id}>
        You can enter up to {max.toLocaleString('en-GB')} characters
      </div>
      <div className={`${over ? 'nhsuk-error-message' : 'nhsuk-hint'} nhsuk-character-count__status app-character-count`} aria-hidden="true">
        {status}
      </div>
      <div className="nhsuk-character-count__sr-status nhsuk-u-visually-hidden" aria-live="polite">
        {told}
      </div>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Date input (day, month, year), the NHS pattern for dates people know.

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function partsFromIso(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

export type DatePart = keyof DateParts;

export type ParsedDate = { iso: string } | { error: string; parts: DatePart[] };

/**
 * Turn what someone typed into an ISO date, or an error worded as the NHS pattern words it:
 * "Enter the date of the round", "Date of the round must include a month", "... must be a real date".
 * `label` is lower case, e.g. "the date of the round"; `subject` is e.g. "Date of the round".
 */
export function parseDateParts(parts: DateParts, label: string, subject: string): ParsedDate {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { error: `Enter ${label}`, parts: ['day', 'month', 'year'] };
  const missing: DatePart[] = [];
  if (!day) missing.push('day');
  if (!month) missing.push('month');
  if (!year) missing.push('year');
  if (missing.length > 0) {
    const words = missing.length === 1 ? `a ${missing[0]}` : missing.length === 2 ? `a ${missing[0]} and ${missing[1]}` : '';
    return { error: `${subject} must include ${words}`, parts: missing };
  }
  const bad: DatePart[] = [];
  if (!/^\d{1,2}$/.test(day)) bad.push('day');
  if (!/^\d{1,2}$/.test(month)) bad.push('month');
  if (!/^\d+$/.test(year)) bad.push('year');
  if (bad.length > 0) return { error: `${subject} must be a real date, written in numbers, like 3 3 2026`, parts: bad };
  if (year.length !== 4) return { error: 'Year must include 4 numbers', parts: ['year'] };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12) return { error: `${subject} must be a real date: the month must be between 1 and 12`, parts: ['month'] };
  const inMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > inMonth) {
    const monthName = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return {
      error: `${subject} must be a real date: ${monthName} ${y} has ${inMonth} days`,
      parts: ['day'],
    };
  }
  if (y < 1900 || y > 2200) return { error: `${subject} must be a real date between the years 1900 and 2200`, parts: ['year'] };
  return { iso: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export interface DateInputProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Which parts to mark as wrong (all three when absent and there is an error). */
  errorParts?: DatePart[];
  value: DateParts;
  onChange: (value: DateParts) => void;
}

/** The control ids are `${id}-day`, `${id}-month`, `${id}-year`: link the error summary to the first wrong one. */
export function DateInput({ id, legend, hint, error, errorParts, value, onChange }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const wrong = new Set<DatePart>(error ? (errorParts ?? ['day', 'month', 'year']) : []);
  const items: { part: DatePart; label: string; width: number; autoComplete?: string }[] = [
    { part: 'day', label: 'Day', width: 2 },
    { part: 'month', label: 'Month', width: 2 },
    { part: 'year', label: 'Year', width: 4 },
  ];
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId!} message={error} />}
        <div className="nhsuk-date-input" id={id}>
          {items.map((item) => (
            <div className="nhsuk-date-input__item" key={item.part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${item.part}`}>
                  {item.label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${item.width}${
                    wrong.has(item.part) ? ' nhsuk-input--error' : ''
                  }`}
                  id={`${id}-${item.part}`}
                  name={`${id}-${item.part}`}
                  type="text"
                  inputMode="numeric"
                  value={value[item.part]}
                  aria-invalid={wrong.has(item.part) ? true : undefined}
                  onChange={(event) => onChange({ ...value, [item.part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** The id to link to from the error summary for a date error. */
export function dateErrorTarget(id: string, parts: DatePart[] | undefined): string {
  return `${id}-${parts?.[0] ?? 'day'}`;
}

// ---------------------------------------------------------------------------------------------
// Radios and single checkbox

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  /** A heading shown above this option, starting a group of options (for example the role groups). */
  groupLabel?: string;
}

export interface RadiosProps<T extends string> {
  /** Used for the name and as the prefix of each option's id; the first option's id is `${id}`. */
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  options: RadioOption<T>[];
  value: T | '';
  onChange: (value: T) => void;
  inline?: boolean;
}

export function Radios<T extends string>({
  id,
  legend,
  legendClassName = 'nhsuk-fieldset__legend--s',
  hint,
  error,
  options,
  value,
  onChange,
  inline,
}: RadiosProps<T>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={`nhsuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId!} message={error} />}
        <div className={`nhsuk-radios${inline ? ' nhsuk-radios--inline' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            const optionHintId = option.hint ? `${optionId}-item-hint` : undefined;
            return (
              <Fragment key={option.value}>
                {option.groupLabel && <p className="nhsuk-body-s app-radios__group">{option.groupLabel}</p>}
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={optionId}
                    name={id}
                    type="radio"
                    value={option.value}
                    checked={value === option.value}
                    aria-describedby={optionHintId}
                    onChange={() => onChange(option.value)}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={optionHintId}>
                      {option.hint}
                    </div>
                  )}
                </div>
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export interface CheckboxProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One checkbox on its own (e.g. "Start from the previous round"). */
export function Checkbox({ id, label, hint, checked, onChange }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            aria-describedby={hintId}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={hintId}>
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

export interface SelectProps<T extends string> extends BaseFieldProps {
  options: { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
}

export function Select<T extends string>({ id, label, hint, error, labelClassName, options, value, onChange }: SelectProps<T>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId!} message={error} />}
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The buttons under an add-or-change form: the submit button ("Save changes" while changing),
 * and Cancel while changing.
 */
export function FormButtons({ addLabel, editing, onCancel, className = 'app-button-row' }: { addLabel: string; editing: boolean; onCancel?: () => void; className?: string }) {
  return (
    <div className={className}>
      <button type="submit" className="nhsuk-button">
        {editing ? 'Save changes' : addLabel}
      </button>
      {editing && onCancel && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
