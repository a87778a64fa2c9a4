/**
 * Screens loaded with their first use (src/app/lazyPage.ts): one fetched ahead is drawn without
 * showing its fallback (React would otherwise hold it back for 300 ms), and the route table finds
 * the right screen for an address.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from '../../src/app/lazyPage';
import { pageFor, pages } from '../../src/app/pages';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Screen() {
  return <h1>The screen</h1>;
}

function renderWithFallback(Page: ReturnType<typeof lazyPage>, fallbacks: string[]) {
  function Fallback() {
    fallbacks.push('shown');
    return <p>Loading…</p>;
  }
  return render(
    <Suspense fallback={<Fallback />}>
      <Page />
    </Suspense>,
  );
}

describe('lazyPage', () => {
  it('draws a screen fetched ahead in the first render, without its fallback', async () => {
    let loads = 0;
    const Page = lazyPage(async () => {
      loads += 1;
      return { default: Screen };
    });
    await Page.preload();
    const fallbacks: string[] = [];
    renderWithFallback(Page, fallbacks);
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    expect(fallbacks).toEqual([]);
    expect(loads).toBe(1);
  });

  it('shows the fallback for a screen not fetched yet, then the screen, loading it once', async () => {
    let loads = 0;
    const gate = deferred<{ default: typeof Screen }>();
    const Page = lazyPage(() => {
      loads += 1;
      return gate.promise;
    });
    const fallbacks: string[] = [];
    renderWithFallback(Page, fallbacks);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    void Page.preload(); // a preload while the screen is already loading shares the same fetch
    await act(async () => gate.resolve({ default: Screen }));
    expect(await screen.findByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    expect(fallbacks.length).toBeGreaterThan(0);
    expect(loads).toBe(1);
  });

  it('tries again after a failed fetch ahead', async () => {
    let loads = 0;
    const Page = lazyPage(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return { default: Screen };
    });
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    const fallbacks: string[] = [];
    renderWithFallback(Page, fallbacks);
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeInTheDocument();
    expect(fallbacks).toEqual([]);
    expect(loads).toBe(2);
  });
});

describe('the route table', () => {
  it('finds each address’s screen, static paths before the patterns that would also match them', () => {
    expect(pageFor('/programmes/new')).toBe(pages.NewProgrammePage);
    expect(pageFor('/programmes/abc')).toBe(pages.ProgrammePage);
    expect(pageFor('/programmes/abc/rounds/new')).toBe(pages.NewRoundPage);
    expect(pageFor('/programmes/abc/rounds/r1')).toBe(pages.RoundPage);
    expect(pageFor('/programmes/abc/rounds/r1/answer/engagement')).toBe(pages.AnswerPage);
    expect(pageFor('/programmes/abc/dashboard')).toBe(pages.DashboardPage);
    expect(pageFor('/programmes/abc/rounds/r1/present')).toBe(pages.PresentPage);
    expect(pageFor('/')).toBeUndefined();
    expect(pageFor('/no/such/page')).toBeUndefined();
  });
});
