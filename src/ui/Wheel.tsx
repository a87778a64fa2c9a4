import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ComponentId } from '../model/types';

export interface WheelItem {
  id: ComponentId;
  label: string;
  href: string;
  /** Optional progress, e.g. prompts answered of total. */
  progress?: { done: number; total: number; notYet?: number };
  /** Extra words for screen readers, e.g. "blind spot". */
  description?: string;
}

interface WheelProps {
  centre: WheelItem;
  items: WheelItem[];
  /** The component currently open, highlighted. */
  currentId?: ComponentId;
  title: string;
}

const OUTER = 220;
const INNER = 86;
const GAP_DEG = 1.2;

function polar(radius: number, degrees: number): [number, number] {
  const radians = (degrees * Math.PI) / 180;
  return [radius * Math.cos(radians), radius * Math.sin(radians)];
}

function sectorPath(r1: number, r2: number, start: number, end: number): string {
  const [x1, y1] = polar(r2, start);
  const [x2, y2] = polar(r2, end);
  const [x3, y3] = polar(r1, end);
  const [x4, y4] = polar(r1, start);
  const large = end - start > 180 ? 1 : 0;
  return `M${x1.toFixed(2)},${y1.toFixed(2)} A${r2},${r2} 0 ${large} 1 ${x2.toFixed(2)},${y2.toFixed(2)} L${x3.toFixed(2)},${y3.toFixed(2)} A${r1},${r1} 0 ${large} 0 ${x4.toFixed(2)},${y4.toFixed(2)} Z`;
}

/** Break a label into lines of about `width` characters, never splitting words. */
export function wrapLabel(label: string, width = 12): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function progressText(item: WheelItem): string {
  if (!item.progress) return '';
  const { done, total, notYet = 0 } = item.progress;
  const left = total - done;
  return [`${done - notYet} of ${total} answered`, notYet > 0 ? `${notYet} not yet` : '', `${left} left`].filter(Boolean).join(', ');
}

function accessibleName(item: WheelItem, isCentre: boolean): string {
  return [item.label, isCentre ? 'at the centre' : '', progressText(item), item.description ?? ''].filter(Boolean).join(', ');
}

/** The centre's progress: a thin ring just inside the segments, filled clockwise from the top. */
function CentreProgress({ done, total }: { done: number; total: number }) {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <>
      <circle className="app-wheel__track app-wheel__track--centre" r={INNER - 3} />
      {fraction >= 1 ? (
        <circle className="app-wheel__progress app-wheel__progress--centre" r={INNER - 3} />
      ) : (
        fraction > 0 && <path className="app-wheel__progress" d={sectorPath(INNER - 6, INNER, -90, -90 + 360 * fraction)} />
      )}
    </>
  );
}

/**
 * The Change Model drawn as a wheel: shared purpose at the centre, the other seven around it.
 * Every segment is a link, reachable by keyboard and named for screen readers.
 */
export function Wheel({ centre, items, currentId, title }: WheelProps) {
  const navigate = useNavigate();
  const step = 360 / items.length;
  const go = (href: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  };

  return (
    <svg className="app-wheel" viewBox="-232 -232 464 464" role="group" aria-label={title}>
      {/* The centre comes first: shared purpose is the anchor, and the first stop for keyboard users. */}
      <a
        href={centre.href}
        onClick={go(centre.href)}
        aria-label={accessibleName(centre, true)}
        aria-current={centre.id === currentId ? 'page' : undefined}
        className="app-wheel__link app-wheel__link--centre"
        data-component={centre.id}
      >
        <circle className="app-wheel__centre" r={INNER - 6} />
        {centre.progress && <CentreProgress done={centre.progress.done} total={centre.progress.total} />}
        <text className="app-wheel__label app-wheel__label--centre" y={-((wrapLabel(centre.label, 10).length - 1) * 19) / 2 - (centre.progress ? 8 : 0)} aria-hidden="true">
          {wrapLabel(centre.label, 10).map((line, i) => (
            <tspan key={i} x={0} dy={i === 0 ? 0 : 19}>
              {line}
            </tspan>
          ))}
          {centre.progress && (
            <tspan className="app-wheel__count" x={0} dy={21}>
              {centre.progress.done}/{centre.progress.total}
            </tspan>
          )}
        </text>
      </a>
      {items.map((item, index) => {
        const start = -90 - step / 2 + index * step + GAP_DEG / 2;
        const end = start + step - GAP_DEG;
        const mid = (start + end) / 2;
        const [lx, ly] = polar((OUTER + INNER) / 2 + 4, mid);
        const lines = wrapLabel(item.label);
        const fraction = item.progress && item.progress.total > 0 ? item.progress.done / item.progress.total : 0;
        const isCurrent = item.id === currentId;
        return (
          <a
            key={item.id}
            href={item.href}
            onClick={go(item.href)}
            aria-label={accessibleName(item, false)}
            aria-current={isCurrent ? 'page' : undefined}
            className="app-wheel__link"
            data-component={item.id}
          >
            <path className={`app-wheel__segment${isCurrent ? ' app-wheel__segment--current' : ''}`} d={sectorPath(INNER, OUTER, start, end)} />
            {item.progress && (
              <>
                <path className="app-wheel__track" d={sectorPath(OUTER - 9, OUTER - 2, start + 1, end - 1)} />
                {fraction > 0 && (
                  <path className="app-wheel__progress" d={sectorPath(OUTER - 9, OUTER - 2, start + 1, start + 1 + (end - start - 2) * fraction)} />
                )}
              </>
            )}
            <text className={`app-wheel__label${lines.some((l) => l.length > 10) ? ' app-wheel__label--long' : ''}`} x={lx} y={ly - ((lines.length - 1) * 19) / 2 - (item.progress ? 8 : 0)} aria-hidden="true">
              {lines.map((line, i) => (
                <tspan key={i} x={lx} dy={i === 0 ? 0 : 19}>
                  {line}
                </tspan>
              ))}
              {item.progress && (
                <tspan className="app-wheel__count" x={lx} dy={21}>
                  {item.progress.done}/{item.progress.total}
                </tspan>
              )}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
