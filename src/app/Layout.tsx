import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { StorageErrorToast } from '../features/data/StorageErrorToast';
import { useOnline } from '../pwa/useOnline';
import { AfterIdle } from './AfterIdle';
import { flushAll } from './flush';
import { APP_NAME } from './usePageTitle';

const loadUpdateBanner = () => import('../pwa/UpdateBanner');
const loadOfflineReady = () => import('../pwa/UpdateBanner').then((m) => ({ default: m.OfflineReadyNotice }));
const loadBackupReminder = () => import('../features/data/BackupReminder');

const NAV = [
  { to: '/', label: 'Home', end: true },
  { to: '/model', label: 'The Change Model', end: false },
  { to: '/data', label: 'Your data', end: false },
  { to: '/settings', label: 'About and settings', end: false },
];

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
      <header className="app-header" role="banner">
        <div className="nhsuk-width-container app-header__inner">
          <NavLink to="/" className="app-header__name" end>
            <svg className="app-header__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="16" cy="16" r="15" fill="none" stroke="currentColor" strokeWidth="2" />
              <circle cx="16" cy="16" r="6" fill="currentColor" />
            </svg>
            {APP_NAME}
          </NavLink>
          {!online && (
            <span className="app-offline" role="status">
              Offline: everything still works and saves on this device
            </span>
          )}
        </div>
        <nav className="app-nav" aria-label="Main">
          <ul className="nhsuk-width-container app-nav__list">
            {NAV.map((item) => (
              <li key={item.to} className="app-nav__item">
                <NavLink to={item.to} end={item.end} className="app-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <StorageErrorToast />
      <AfterIdle load={loadBackupReminder} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper app-main" id="maincontent">
          <Outlet />
          <AfterIdle load={loadOfflineReady} />
        </main>
      </div>
      <footer className="app-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <p className="app-footer__text">
            Everything you enter stays on this device unless you export it. This tool is not an NHS service; it is built
            around the NHS Change Model (2013) and its 2018 refresh.
          </p>
          <ul className="app-footer__links" aria-label="About this tool">
            {FOOTER_LINKS.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} className="app-target-link">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      </footer>
    </>
  );
}
