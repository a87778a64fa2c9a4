import { afterEach, expect } from 'vitest';
import { drainCspViolations } from './browser';

// Every browser test fails if any page it opened broke the Content-Security-Policy.
afterEach(() => {
  expect(drainCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
