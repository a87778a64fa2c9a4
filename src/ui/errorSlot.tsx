import { createContext, useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Where a screen's error summary goes: the first thing in the main content, above the heading
 * (the design system's place for it, so it is the first thing read and seen after a submit).
 * A screen's main region holds an <ErrorSlot />; forms anywhere below render their summary into
 * it. Without a slot (a component shown on its own) the summary stays where it is written.
 */
const SlotContext = createContext<HTMLElement | null>(null);

export function ErrorSlotProvider({ children }: { children: (slot: ReactNode) => ReactNode }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return <SlotContext.Provider value={slot}>{children(<div className="app-error-slot" ref={setSlot} />)}</SlotContext.Provider>;
}

export function InErrorSlot({ children }: { children: ReactNode }) {
  const slot = useContext(SlotContext);
  return slot ? createPortal(children, slot) : children;
}
