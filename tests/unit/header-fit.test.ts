import { describe, expect, it } from 'vitest';
import { itemsThatFit } from '../../src/app/Header';

// The rule of nhsuk-frontend's header script: everything when it fits, otherwise as many as fit beside "More".
describe('itemsThatFit', () => {
  it('keeps every item when their widths fit the row exactly', () => {
    expect(itemsThatFit([100, 100, 100], 300, 80)).toBe(3);
  });
  it('moves the items that overflow under “More”, leaving room for the button', () => {
    // 300 px of items in a 299 px row: with an 80 px button only 219 px are left, so two items of 100 stay.
    expect(itemsThatFit([100, 100, 100], 299, 80)).toBe(2);
    expect(itemsThatFit([67, 169, 95, 171], 344, 77)).toBe(2);
  });
  it('can leave only “More” on a very narrow row', () => {
    expect(itemsThatFit([200, 100], 150, 80)).toBe(0);
  });
  it('keeps the order: an item after one that overflows never comes back into the row', () => {
    expect(itemsThatFit([50, 300, 10], 200, 40)).toBe(1);
  });
});
