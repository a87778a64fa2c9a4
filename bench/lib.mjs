// Small helpers shared by the bench parts.

/** Median of a list of numbers (mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Page-load timing read inside the page. Playwright's waitFor() polls from outside at up to
 * 500 ms intervals, which rounds a load time up by as much; instead, a MutationObserver installed
 * before the app runs notes the moment `selector` matches `count` elements.
 *
 * Call installLoadProbe(context) once, then loadTime(page, url, selector, count) per load (the
 * page must already be on the app's origin: the wanted selector travels in sessionStorage).
 */
export async function installLoadProbe(context) {
  await context.addInitScript(() => {
    let want = null;
    try {
      want = JSON.parse(sessionStorage.getItem('bench-load-probe') ?? 'null');
    } catch {
      want = null;
    }
    if (!want) return;
    const seen = () => document.querySelectorAll(want.selector).length >= want.count;
    new MutationObserver((_, observer) => {
      if (window.__benchLoaded === undefined && seen()) {
        window.__benchLoaded = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Milliseconds from navigation start until `selector` matches at least `count` elements. */
export async function loadTime(page, url, selector, count = 1) {
  await page.evaluate((want) => sessionStorage.setItem('bench-load-probe', JSON.stringify(want)), { selector, count });
  await page.goto(url);
  await page.waitForFunction(() => window.__benchLoaded !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__benchLoaded);
  await page.evaluate(() => sessionStorage.removeItem('bench-load-probe'));
  return ms;
}
