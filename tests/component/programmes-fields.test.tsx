import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CharacterCount, errorList, parseDateParts, partsFromIso } from '../../src/ui/fields';
import { formatDate, formatDayMonth, formatNumber, count, joinList } from '../../src/features/programmes/format';
import { describeContents } from '../../src/features/programmes/DeleteProgrammePage';

const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year }, 'the date', 'Date');

describe('parseDateParts', () => {
  it('turns real dates into ISO dates, with or without leading zeros and spaces', () => {
    expect(parse('3', '3', '2026')).toEqual({ iso: '2026-03-03' });
    expect(parse(' 03 ', '03', '2026')).toEqual({ iso: '2026-03-03' });
    expect(parse('29', '2', '2028')).toEqual({ iso: '2028-02-29' });
    expect(parse('31', '12', '1999')).toEqual({ iso: '1999-12-31' });
  });

  it('names what is missing or impossible, and which part to fix', () => {
    expect(parse('', '', '')).toEqual({ error: 'Enter the date', parts: ['day', 'month', 'year'] });
    expect(parse('3', '', '2026')).toEqual({ error: 'Date must include a month', parts: ['month'] });
    expect(parse('', '', '2026')).toEqual({ error: 'Date must include a day and month', parts: ['day', 'month'] });
    expect(parse('30', '2', '2026')).toEqual({ error: 'Date must be a real date: February 2026 has 28 days', parts: ['day'] });
    expect(parse('29', '2', '2026')).toMatchObject({ parts: ['day'] });
    expect(parse('31', '4', '2026')).toEqual({ error: 'Date must be a real date: April 2026 has 30 days', parts: ['day'] });
    expect(parse('0', '4', '2026')).toMatchObject({ parts: ['day'] });
    expect(parse('3', '13', '2026')).toEqual({ error: 'Date must be a real date: the month must be between 1 and 12', parts: ['month'] });
    expect(parse('3', 'March', '2026')).toMatchObject({ parts: ['month'] });
    expect(parse('3', '3', '26')).toEqual({ error: 'Year must include 4 numbers', parts: ['year'] });
    expect(parse('3', '3', '1066')).toMatchObject({ parts: ['year'] });
  });

  it('splits an ISO date back into parts', () => {
    expect(partsFromIso('2026-03-03')).toEqual({ day: '3', month: '3', year: '2026' });
    expect(partsFromIso('nonsense')).toEqual({ day: '', month: '', year: '' });
  });
});

describe('helpers', () => {
  it('orders errors as the form does', () => {
    expect(errorList({ b: 'B', a: 'A', z: 'Z' }, ['a', 'b'])).toEqual([
      { field: 'a', message: 'A' },
      { field: 'b', message: 'B' },
      { field: 'z', message: 'Z' },
    ]);
  });

  it('formats dates and counts in British English', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
    expect(count(0, 'round')).toBe('no rounds');
    expect(count(1, 'round')).toBe('1 round');
    expect(count(1200, 'answer')).toBe('1,200 answers');
    expect(count(2, 'person', 'people')).toBe('2 people');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatDayMonth('2026-03-03')).toBe('3 March');
    expect(formatNumber(14400)).toBe('14,400');
    // Not an ISO date: shown as it is, not as "Invalid Date".
    expect(formatDate('soon')).toBe('soon');
    expect(formatDayMonth('')).toBe('');
  });

  it('describes what a delete removes, leaving out what is not there', () => {
    expect(describeContents({ rounds: 3, participants: 0, responses: 41, actions: 2, events: 0, lessons: 1 })).toBe(
      '3 rounds, 41 answers, 2 actions and 1 lesson learnt',
    );
    expect(describeContents({ rounds: 0, participants: 0, responses: 0, actions: 0, events: 0, lessons: 0 })).toBe('');
  });

  it('counts characters as the design system does: the limit with the field, the count as you type, told to screen readers once typing pauses', async () => {
    const { container, rerender } = render(<CharacterCount id="c" length={10} max={100} />);
    expect(container.querySelector('#c')).toHaveTextContent('You can enter up to 100 characters');
    const status = () => container.querySelector('.nhsuk-character-count__status')!;
    const told = () => container.querySelector('[aria-live="polite"]')!;
    expect(status()).toHaveTextContent('You have 90 characters remaining');
    expect(status()).toHaveAttribute('aria-hidden', 'true');
    rerender(<CharacterCount id="c" length={99} max={100} />);
    expect(status()).toHaveTextContent('You have 1 character remaining');
    // Not read out at each keystroke: the live region catches up a second later.
    expect(told()).toHaveTextContent('You have 90 characters remaining');
    await waitFor(() => expect(told()).toHaveTextContent('You have 1 character remaining'), { timeout: 2000 });
    rerender(<CharacterCount id="c" length={20000} max={4000} />);
    expect(status()).toHaveTextContent('You have 16,000 characters too many');
    expect(status()).toHaveClass('nhsuk-error-message');
  });
});
