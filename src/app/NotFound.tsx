import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been deleted, or the link may be wrong.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}
