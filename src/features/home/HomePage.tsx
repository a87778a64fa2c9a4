import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';

export function HomePage() {
  usePageTitle('');
  return (
    <>
      <h1>Check your change against the NHS Change Model</h1>
      <p className="nhsuk-lede-text">
        Work through the eight components of the model with your team, round after round, and see which ones have
        your attention and where they pull against each other. Everything stays on this device and works without a
        connection.
      </p>
      <div className="app-card-grid">
        <div className="nhsuk-card nhsuk-card--clickable">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-m">
              <Link className="nhsuk-card__link" to="/model">
                Explore the model
              </Link>
            </h2>
            <p className="nhsuk-card__description">The eight components, what each is about, and the questions worth asking.</p>
          </div>
        </div>
      </div>
    </>
  );
}
