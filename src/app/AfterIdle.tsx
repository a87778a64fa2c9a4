import { useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from './preload';

/**
 * A part of every page that the first paint does not need (the update banner, the backup
 * reminder): its code loads once the browser is idle, and it renders nothing until then, so the
 * static HTML of the first screen and its hydration agree (issue 17).
 */
export function AfterIdle({ load }: { load: () => Promise<{ default: ComponentType }> }) {
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
  useEffect(() => whenIdle(() => load().then((m) => setLoaded(() => m.default))), [load]);
  return Loaded ? <Loaded /> : null;
}
