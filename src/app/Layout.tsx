import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { StorageErrorToast } from '../features/data/StorageErrorToast';
import { useOnline } from '../pwa/useOnline';
import { AfterIdle } from './AfterIdle';
import { flushAll } from './flush';
import { Header } from './Header';
import { ErrorSlotProvider } from '../ui/errorSlot';

const loadUpdateBanner = () => import('../pwa/UpdateBanner');
const loadOfflineReady = () => import('../pwa/UpdateBanner').then((m) => ({ default: m.OfflineReadyNotice }));
const loadBackupReminder = () => import('../features/data/BackupReminder');

const FOOTER_LINKS = [
  { to: '/glossary', label: 'Glossary' },
  { to: '/accessibility', label: 'Accessibility statement' },
  { to: '/privacy', label: 'Privacy' },
  { to: '/settings', label: 'About this tool' },
];

export function Layout() {
  const online = useOnline();
  const location = useLocation();
  const first = useRef(true);

  // On every navigation after the first, move focus to the new screen's heading (WCAG 2.4.3).
  // Lazy screens render their h1 only once their code and data have loaded, so wait for it
  // (up to a few seconds) unless the person has already moved focus somewhere themselves.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.querySelector('main');
    // Whatever had focus when the navigation happened (usually the link that was followed).
    const atNavigation = document.activeElement;
    const focusHeading = (): boolean => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) return false;
      const active = document.activeElement;
      const movedOn = active && active !== document.body && active !== atNavigation && document.contains(active);
      if (movedOn) return true; // the person (or the screen) already chose where focus goes
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
      return true;
    };
    if (focusHeading() || !main) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [location.pathname]);

  // Save anything typed in the last moment when the page is hidden or closed.
  useEffect(() => {
    const onHide = () => void flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushAll();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <AfterIdle load={loadUpdateBanner} />
      <Header offline={!online} />
      <StorageErrorToast />
      <AfterIdle load={loadBackupReminder} />
      <div className="nhsuk-width-container">
        <ErrorSlotProvider>
          {(errorSlot) => (
            <main className="nhsuk-main-wrapper app-main" id="maincontent">
              {errorSlot}
              <Outlet />
              <AfterIdle load={loadOfflineReady} />
            </main>
          )}
        </ErrorSlotProvider>
      </div>
      <footer className="nhsuk-footer app-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <div className="nhsuk-footer__meta">
            <h2 className="nhsuk-u-visually-hidden">Support links</h2>
            <ul className="nhsuk-footer__list">
              {FOOTER_LINKS.map((link) => (
                <li key={link.to} className="nhsuk-footer__list-item">
                  <Link to={link.to} className="nhsuk-footer__list-item-link">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="nhsuk-body-s app-footer__text">
              Everything you enter stays on this device unless you export it or share a programme, and what is shared is
              encrypted on this device first. This tool is not an NHS service; it is built around the NHS Change Model
              (2013) and its 2018 refresh.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
