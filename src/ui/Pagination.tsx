import { Link } from 'react-router';

export interface PageLink {
  to: string;
  /** The page's name: "Leadership for change". */
  label: string;
}

function Arrow({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg className={`nhsuk-icon nhsuk-icon--arrow-${direction}`} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
      <path
        d={
          direction === 'left'
            ? 'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z'
            : 'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z'
        }
      />
    </svg>
  );
}

/**
 * The design system's pagination (v10 markup, previous and next with the page's name, the arrows
 * of its icon set), for moving between the model's components and between answering steps.
 */
function PageItem({ page, rel }: { page: PageLink; rel: 'prev' | 'next' }) {
  const previous = rel === 'prev';
  return (
    <li className={previous ? 'nhsuk-pagination-item--previous' : 'nhsuk-pagination-item--next'}>
      <Link to={page.to} className={`nhsuk-pagination__link nhsuk-pagination__link--${rel}`} rel={rel}>
        <span className="nhsuk-pagination__title">{previous ? 'Previous' : 'Next'}</span>
        <span className="nhsuk-u-visually-hidden">:</span> <span className="nhsuk-pagination__page">{page.label}</span>
        <Arrow direction={previous ? 'left' : 'right'} />
      </Link>
    </li>
  );
}

export function Pagination({ previous, next, label }: { previous?: PageLink | undefined; next?: PageLink | undefined; label: string }) {
  if (!previous && !next) return null;
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label={label}>
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous && <PageItem page={previous} rel="prev" />}
        {next && <PageItem page={next} rel="next" />}
      </ul>
    </nav>
  );
}
