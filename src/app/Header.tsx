import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, matchPath, useLocation } from 'react-router';
import { APP_NAME } from './usePageTitle';

export interface NavItem {
  to: string;
  label: string;
  /** Only the exact address counts as current (home). */
  end: boolean;
}

export const NAV: readonly NavItem[] = [
  { to: '/', label: 'Home', end: true },
  { to: '/model', label: 'The Change Model', end: false },
  { to: '/data', label: 'Your data', end: false },
  { to: '/settings', label: 'About and settings', end: false },
];

// On the server there is no layout to measure; an effect that measures before paint in the browser.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

function isCurrent(item: NavItem, pathname: string): boolean {
  return matchPath({ path: item.to, end: item.end }, pathname) !== null;
}

/**
 * How many navigation items fit in one row, given each item's width, the row's width and the
 * width of the "More" button: all of them when they fit, otherwise as many as fit beside "More"
 * (the rule of nhsuk-frontend's header script).
 */
export function itemsThatFit(widths: readonly number[], rowWidth: number, moreWidth: number): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= rowWidth) return widths.length;
  let right = 0;
  let count = 0;
  for (const width of widths) {
    right += width;
    if (right > rowWidth - moreWidth) break;
    count += 1;
  }
  return count;
}

function NavEntry({ item, current, onFollow }: { item: NavItem; current: boolean; onFollow?: () => void }) {
  return (
    <li className={`nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}`}>
      <Link to={item.to} className="nhsuk-header__navigation-link" aria-current={current ? 'page' : undefined} onClick={onFollow}>
        {current ? <strong className="nhsuk-header__navigation-item-current-fallback">{item.label}</strong> : item.label}
      </Link>
    </li>
  );
}

/**
 * The NHS design system's v10 header: the service name (no NHS logo: this tool is not an NHS
 * service) and the navigation in one row, the items that do not fit moved under "More", as
 * nhsuk-frontend's header script does. That script moves DOM nodes React owns, so the same rule
 * (`itemsThatFit`) runs here on the same markup and classes: the widths come from an invisible
 * copy of the row, measured again whenever the row changes size (window, zoom, text size).
 */
export function Header({ offline }: { offline: boolean }) {
  const { pathname } = useLocation();
  const [fit, setFit] = useState(NAV.length);
  const [open, setOpen] = useState(false);
  // Until the row is measured (the static HTML, before the script), items that do not fit are
  // clipped rather than wrapped, so the bar keeps its height when "More" appears (no layout shift).
  const [measured, setMeasured] = useState(false);
  const rowRef = useRef<HTMLUListElement>(null);
  const measureRef = useRef<HTMLUListElement>(null);
  const menuListRef = useRef<HTMLUListElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const measure = useCallback(() => {
    const row = rowRef.current;
    const copy = measureRef.current;
    if (!row || !copy) return;
    const cells = Array.from(copy.children) as HTMLElement[];
    const widths = cells.slice(0, NAV.length).map((cell) => cell.getBoundingClientRect().width);
    const more = cells[NAV.length]?.getBoundingClientRect().width ?? 0;
    setFit(itemsThatFit(widths, row.getBoundingClientRect().width, more));
    setMeasured(true);
  }, []);

  // Measured when the browser has laid the row out anyway (a ResizeObserver reports each observed
  // box once after its first layout, then on every change), never by forcing a layout while the
  // page is still being built: that would lengthen the first, longest task on a slow phone.
  useEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(() => measure());
    observer.observe(row);
    if (measureRef.current) observer.observe(measureRef.current);
    return () => observer.disconnect();
  }, [measure]);

  const menuItems = NAV.slice(fit);
  const menuEnabled = menuItems.length > 0;
  const isOpen = open && menuEnabled;

  // Close the menu on a new address.
  useEffect(() => setOpen(false), [pathname]);

  // The menu hangs below the navigation bar; the bar grows by its height so nothing is covered.
  useIsomorphicLayoutEffect(() => {
    const nav = navRef.current;
    if (!nav) return;
    if (isOpen && menuListRef.current) nav.style.setProperty('border-bottom-width', `${menuListRef.current.offsetHeight}px`);
    else nav.style.removeProperty('border-bottom-width');
  }, [isOpen, fit]);

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        toggleRef.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node | null;
      if (target && navRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('click', onClick, true);
    };
  }, [isOpen]);

  return (
    <header className="nhsuk-header app-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-name" to="/">
            {APP_NAME}
          </Link>
        </div>
        {offline && (
          <p className="app-offline" role="status">
            Offline: everything still works and saves on this device
          </p>
        )}
      </div>
      <nav className="nhsuk-header__navigation app-nav" aria-label="Main" ref={navRef}>
        <div className="nhsuk-header__navigation-container nhsuk-width-container app-nav__container">
          <ul className={`nhsuk-header__navigation-list${measured ? '' : ' app-nav__list--unmeasured'}`} ref={rowRef}>
            {NAV.slice(0, fit).map((item) => (
              <NavEntry key={item.to} item={item} current={isCurrent(item, pathname)} />
            ))}
            <li className="nhsuk-header__menu" hidden={!menuEnabled}>
              <button
                type="button"
                className="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
                id="toggle-menu"
                aria-expanded={isOpen}
                aria-controls="header-menu-list"
                ref={toggleRef}
                onClick={() => setOpen((was) => !was)}
              >
                <span className="nhsuk-u-visually-hidden">Browse </span>More
              </button>
              <ul className="nhsuk-header__menu-list" id="header-menu-list" hidden={!isOpen} ref={menuListRef}>
                {menuItems.map((item) => (
                  <NavEntry key={item.to} item={item} current={isCurrent(item, pathname)} onFollow={() => setOpen(false)} />
                ))}
              </ul>
            </li>
          </ul>
          {/* An invisible copy of the whole row, for measuring what fits; never read, focused or scrolled to. */}
          <div className="app-nav__measure-box" aria-hidden="true" inert>
            <ul className="nhsuk-header__navigation-list app-nav__measure" ref={measureRef}>
              {NAV.map((item) => (
                <li key={item.to} className="nhsuk-header__navigation-item">
                  <span className="nhsuk-header__navigation-link">
                    {isCurrent(item, pathname) ? <strong className="nhsuk-header__navigation-item-current-fallback">{item.label}</strong> : item.label}
                  </span>
                </li>
              ))}
              <li className="nhsuk-header__menu">
                <span className="nhsuk-header__menu-toggle nhsuk-header__navigation-link">More</span>
              </li>
            </ul>
          </div>
        </div>
      </nav>
    </header>
  );
}
