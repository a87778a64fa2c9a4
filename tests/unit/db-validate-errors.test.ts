import { describe, expect, it } from 'vitest';
import { describeStorageError, isQuotaError, ValidationError } from '../../src/db/errors';
import { isIsoDate, LIMITS, optionalDate, optionalText, requiredDate, requiredText, todayIso } from '../../src/db/validate';
import { Dexie } from 'dexie';

describe('validation helpers', () => {
  it('checks real calendar dates', () => {
    expect(isIsoDate('2026-03-03')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-3', '03/03/2026', '', '1899-12-31', '2201-01-01']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('words messages so a person can act on them, naming the field', () => {
    expect(() => requiredText('name', 'a name', '  ', 10)).toThrow(new ValidationError('name', 'Enter a name'));
    expect(() => requiredText('name', 'a name', 'x'.repeat(11), 10)).toThrow('A name must be 10 characters or fewer');
    expect(requiredText('name', 'a name', ' ok ', 10)).toBe('ok');
    expect(optionalText('aim', 'the aim', undefined, 10)).toBe('');
    expect(() => optionalText('aim', 'the aim', 'x'.repeat(LIMITS.longText + 1), LIMITS.longText)).toThrow('The aim must be 4,000 characters or fewer');
    expect(() => requiredDate('date', 'the date', '')).toThrow('Enter the date');
    expect(() => requiredDate('date', 'the date', '2026-02-30')).toThrow('The date must be a real date');
    expect(optionalDate('due', 'the due date', '')).toBe('');
    expect(optionalDate('due', 'the due date', '2026-03-03')).toBe('2026-03-03');
    try {
      requiredDate('date', 'the date', '2026-02-30');
    } catch (error) {
      expect((error as ValidationError).field).toBe('date');
    }
  });

  it('gives today as a local calendar date', () => {
    expect(todayIso(new Date(2026, 2, 3, 23, 59))).toBe('2026-03-03');
    expect(todayIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('describeStorageError', () => {
  it('passes validation messages through', () => {
    expect(describeStorageError(new ValidationError('name', 'Enter a name'))).toBe('Enter a name');
  });

  it('explains a full disk, including when Dexie wraps the error', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(wrapped)).toBe(true);
    expect(describeStorageError(wrapped)).toMatch(/out of storage space/);
    expect(describeStorageError(wrapped)).toMatch(/Everything saved before it is safe/);
  });

  it.each(['InvalidStateError', 'MissingAPIError', 'OpenFailedError', 'SecurityError'])('explains blocked storage (%s)', (name) => {
    expect(describeStorageError(Object.assign(new Error('x'), { name }))).toMatch(/not letting the app store data/);
  });

  it('explains data from a newer version, and anything else plainly', () => {
    expect(describeStorageError(Object.assign(new Error('x'), { name: 'VersionError' }))).toMatch(/newer version/);
    expect(describeStorageError(new Error('weird'))).toBe('The change could not be saved. Everything saved before it is safe. Please try again.');
    expect(describeStorageError(undefined)).toMatch(/could not be saved/);
  });

  it('describes a real failed open: the browser refuses IndexedDB (private mode, blocked site data)', async () => {
    // A factory that refuses, as browsers do when site data is blocked.
    const refusing = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      deleteDatabase() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      cmp: indexedDB.cmp.bind(indexedDB),
      databases: async () => [],
    } as unknown as IDBFactory;
    const blocked = new Dexie('blocked-test', { indexedDB: refusing, IDBKeyRange });
    blocked.version(1).stores({ programmes: 'id' });
    let caught: unknown;
    try {
      await blocked.open();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeDefined();
    expect(describeStorageError(caught)).toMatch(/not letting the app store data/);
  });
});
