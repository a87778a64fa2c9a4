import { longDate } from '../dashboard/format';
import type { NoteItem } from './notes';

/** Notes as people wrote them: the statement first, then the note, then who and when. */
export function NotesList({ items, showRound = true, empty }: { items: NoteItem[]; showRound?: boolean; empty: string }) {
  if (items.length === 0) return <p className="app-muted">{empty}</p>;
  return (
    <ul className="app-notes" data-testid="notes-list">
      {items.map((item) => (
        <li key={item.key} className="app-notes__item">
          {item.statement && <p className="app-notes__statement">{item.statement}</p>}
          <blockquote className="app-notes__text">{item.note}</blockquote>
          <span className="app-notes__who">
            {item.who}
            {showRound ? `, ${item.roundTitle} (${longDate(item.roundDate)})` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
