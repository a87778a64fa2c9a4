/**
 * Non-colour signals for the charts: every component has a colour AND a marker shape AND a
 * line style (solid = softer, dashed = harder, dotted = between), every role a shape.
 * Colours are from the NHS palette, each at least 3:1 against white (WCAG 1.4.11).
 */
import type { ComponentId } from '../../../model/types';
import { componentGroup } from '../../../domain/groups';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'plus' | 'star' | 'hexagon';

export const COMPONENT_STYLE: Record<ComponentId, { colour: string; shape: Shape }> = {
  'shared-purpose': { colour: '#003087', shape: 'circle' },
  leadership: { colour: '#7c2855', shape: 'square' },
  spread: { colour: '#007f3b', shape: 'triangle' },
  'improvement-methodology': { colour: '#330072', shape: 'diamond' },
  'rigorous-delivery': { colour: '#a04c00', shape: 'triangle-down' },
  'transparent-measurement': { colour: '#00716b', shape: 'plus' },
  'system-drivers': { colour: '#425563', shape: 'star' },
  engagement: { colour: '#d5281b', shape: 'hexagon' },
};

/** Line style by group: softer solid, harder dashed, between dotted. */
export function componentDash(id: ComponentId): string | undefined {
  const group = componentGroup(id);
  return group === 'softer' ? undefined : group === 'harder' ? '7 4' : '2 3';
}

export const ROLE_SHAPE: Record<string, Shape> = {
  executive: 'square',
  manager: 'diamond',
  clinician: 'circle',
  frontline: 'triangle',
  'patient-public': 'star',
  partner: 'hexagon',
  other: 'plus',
};

export function roleShape(role: string): Shape {
  return ROLE_SHAPE[role] ?? 'plus';
}

function polygon(cx: number, cy: number, r: number, n: number, rotate: number): string {
  const pts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = rotate + (i * 2 * Math.PI) / n;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join('L')}Z`;
}

/** SVG path data for a marker centred on (cx, cy) with "radius" r. */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.85;
      return `M${cx - s},${cy - s}H${cx + s}V${cy + s}H${cx - s}Z`;
    }
    case 'triangle':
      return polygon(cx, cy + r * 0.15, r * 1.1, 3, -Math.PI / 2);
    case 'triangle-down':
      return polygon(cx, cy - r * 0.15, r * 1.1, 3, Math.PI / 2);
    case 'diamond':
      return polygon(cx, cy, r * 1.1, 4, 0);
    case 'hexagon':
      return polygon(cx, cy, r, 6, 0);
    case 'plus': {
      const t = r * 0.38;
      return `M${cx - t},${cy - r}H${cx + t}V${cy - t}H${cx + r}V${cy + t}H${cx + t}V${cy + r}H${cx - t}V${cy + t}H${cx - r}V${cy - t}H${cx - t}Z`;
    }
    case 'star': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r * 1.15 : r * 0.5;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push(`${(cx + rr * Math.cos(a)).toFixed(2)},${(cy + rr * Math.sin(a)).toFixed(2)}`);
      }
      return `M${pts.join('L')}Z`;
    }
  }
}

/** A marker as an inline SVG for legends and tables (decorative: the text next to it says the same). */
export function MarkerIcon({
  shape,
  colour = 'currentColor',
  dash,
  size = 18,
  line = false,
}: {
  shape: Shape;
  colour?: string;
  dash?: string | undefined;
  size?: number;
  line?: boolean;
}) {
  const w = line ? size * 2 : size;
  return (
    <svg className="app-marker" width={w} height={size} viewBox={`0 0 ${w} ${size}`} aria-hidden="true" focusable="false">
      {line && <line x1={1} x2={w - 1} y1={size / 2} y2={size / 2} stroke={colour} strokeWidth={2} strokeDasharray={dash} />}
      <path d={shapePath(shape, w / 2, size / 2, size * 0.3)} fill={colour} stroke="#fff" strokeWidth={1} />
    </svg>
  );
}
