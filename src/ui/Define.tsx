import { useId, useState } from 'react';
import { Link } from 'react-router';
import { glossaryEntry } from '../model/vocabulary';

/**
 * "What is “in place”?": a measure's glossary entry, shown on demand where the measure is used,
 * with a link to the whole glossary (issue 14: one name per measure, each explained in place).
 */
export function Define({ id, label }: { id: string; label?: string }) {
  const entry = glossaryEntry(id);
  const uid = useId();
  const [open, setOpen] = useState(false);
  if (!entry) return null;
  const name = label ?? entry.term.replace(/ \(.*\)$/, '').toLowerCase();
  return (
    <span className="app-define">
      <button type="button" className="app-link-button app-define__button" aria-expanded={open} aria-controls={uid} onClick={() => setOpen((o) => !o)}>
        What is “{name}”?
      </button>
      <span id={uid} className="app-define__text" hidden={!open}>
        {entry.definition} <Link to={`/glossary#${entry.id}`}>All terms in the glossary</Link>
      </span>
    </span>
  );
}
