import { useId, useState, type ReactNode } from 'react';

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

/**
 * A chart with a table of the same numbers and a short text summary. The chart can be swapped
 * for its table (a radar is not keyboard accessible, and precise values belong in tables).
 */
export function ChartFigure({ title, level = 3, summary, chart, table, footer, interactive, initialView = 'chart', id }: ChartFigureProps) {
  const auto = useId();
  const base = id ?? `chart-${auto.replace(/[^a-zA-Z0-9-]/g, '')}`;
  const [view, setView] = useState<ChartView>(initialView);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="app-chart" aria-labelledby={`${base}-title`} id={base}>
      <div className="app-chart__head">
        <Heading className="app-chart__title" id={`${base}-title`}>
          {title}
        </Heading>
        <div className="app-chart__switch" role="group" aria-label={`Show ${title.toLowerCase()} as`}>
          {(['chart', 'table'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="app-chart__switch-button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {v === 'chart' ? 'Chart' : 'Table'}
              <span className="app-visually-hidden"> of {title.toLowerCase()}</span>
            </button>
          ))}
        </div>
      </div>
      <div className="app-chart__summary" id={`${base}-summary`}>
        {summary}
      </div>
      {view === 'chart' ? (
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
      )}
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
