import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export type ChartView = 'chart' | 'table';

export interface ChartFigureProps {
  title: string;
  /** Heading level inside the page (default 3). */
  level?: 2 | 3;
  /** One or two plain sentences saying what the chart shows; read by everyone, screen readers included. */
  summary: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** Shown under the chart or table in both views (e.g. a legend or a key to markers). */
  footer?: ReactNode;
  /** For charts that are themselves keyboard-usable (e.g. the matrix): don't wrap them as one image. */
  interactive?: boolean;
  initialView?: ChartView;
  id?: string;
}

const VIEWS: readonly ChartView[] = ['chart', 'table'];

/**
 * A chart with a table of the same numbers and a short text summary. The chart and its table are
 * the design system's tabs (nhsuk-frontend's markup and classes; the keyboard as its script
 * does: arrow keys move between the two tabs): a radar is not keyboard accessible, and precise
 * values belong in tables. Only the chosen panel is drawn.
 */
export function ChartFigure({ title, level = 3, summary, chart, table, footer, interactive, initialView = 'chart', id }: ChartFigureProps) {
  const auto = useId();
  const base = id ?? `chart-${auto.replace(/[^a-zA-Z0-9-]/g, '')}`;
  const [view, setView] = useState<ChartView>(initialView);
  const Heading = level === 2 ? 'h2' : 'h3';
  const tabId = (v: ChartView) => `${base}-${v}-tab`;
  const panelId = (v: ChartView) => `${base}-${v}`;
  const choose = (v: ChartView, focus: boolean) => {
    setView(v);
    if (focus) document.getElementById(tabId(v))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length]!;
    choose(next, true);
  };
  const body =
    view === 'chart' ? (
      interactive ? (
        <div className="app-chart__body">{chart}</div>
      ) : (
        <div
          className="app-chart__body"
          role="img"
          aria-label={`${title}: a chart. The same numbers are in its table view.`}
          aria-describedby={`${base}-summary`}
        >
          {chart}
        </div>
      )
    ) : (
      <div className="app-chart__table">{table}</div>
    );
  return (
    <section className="app-chart" aria-labelledby={`${base}-title`} id={base}>
      <Heading className="app-chart__title" id={`${base}-title`}>
        {title}
      </Heading>
      <div className="app-chart__summary" id={`${base}-summary`}>
        {summary}
      </div>
      <div className="nhsuk-tabs app-chart__tabs">
        <ul className="nhsuk-tabs__list app-chart__switch" role="tablist" aria-label={`Show ${title.toLowerCase()} as`}>
          {VIEWS.map((v) => (
            <li key={v} className={`nhsuk-tabs__list-item${view === v ? ' nhsuk-tabs__list-item--selected' : ''}`} role="presentation">
              <a
                className="nhsuk-tabs__tab"
                href={`#${panelId(v)}`}
                id={tabId(v)}
                role="tab"
                aria-selected={view === v}
                aria-controls={panelId(v)}
                tabIndex={view === v ? 0 : -1}
                onClick={(event) => {
                  event.preventDefault();
                  choose(v, false);
                }}
                onKeyDown={onKeyDown}
              >
                {v === 'chart' ? 'Chart' : 'Table'}
                <span className="nhsuk-u-visually-hidden"> of {title.toLowerCase()}</span>
              </a>
            </li>
          ))}
        </ul>
        {VIEWS.map((v) => (
          <div
            key={v}
            className={`nhsuk-tabs__panel${view === v ? '' : ' nhsuk-tabs__panel--hidden'}`}
            id={panelId(v)}
            role="tabpanel"
            aria-labelledby={tabId(v)}
            hidden={view !== v}
          >
            {view === v && body}
          </div>
        ))}
      </div>
      {footer}
    </section>
  );
}

/**
 * A wide table in a scrollable, keyboard-focusable region. `caption` repeats the table's own
 * caption visibly above the region (the caption inside is visually hidden, so that it is not cut
 * off when the table scrolls sideways; screen readers hear it once, from the table).
 */
export function ScrollTable({ label, caption, children }: { label: string; caption?: ReactNode; children: ReactNode }) {
  return (
    <>
      {caption && (
        <p className="app-scroll-table__caption" aria-hidden="true">
          {caption}
        </p>
      )}
      <div className="app-scroll-table" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
