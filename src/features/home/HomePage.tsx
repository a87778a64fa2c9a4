import { useEffect } from 'react';
import { Link } from 'react-router';
import { whenIdle } from '../../app/preload';
import { pages } from '../../app/pages';
import { usePageTitle } from '../../app/usePageTitle';
import { QuickCheckCard } from '../quickcheck/QuickCheckCard';
import { ContinueCard } from '../answer/ContinueCard';
import { NotificationBanner, useFlash } from '../../ui/NotificationBanner';
import { ProgrammeList } from './ProgrammeList';
import { ExampleCard } from '../example/ExampleCard';
import { useHomeData } from './useHomeData';
import { describeStorageError } from '../../db/errors';

interface Flash {
  deletedProgramme: string;
  deletedContents: string;
  exampleRemoved: boolean;
}

export function HomePage() {
  usePageTitle('');
  const flash = useFlash<Flash>();
  const { data, error } = useHomeData();
  // "Start a quick check" is the first click of most visits: its code (the database commands and
  // the wheel) is fetched and run once the page is idle, so the click only has to save and draw.
  useEffect(() => whenIdle(() => Promise.all([import('../../db/quickcheck'), import('../../db/place'), pages.RoundPage.preload(), pages.ProgrammePage.preload()])), []);
  return (
    <>
      {flash.exampleRemoved && (
        <NotificationBanner>
          <p className="nhsuk-notification-banner__heading">The example was removed, with everything in it.</p>
        </NotificationBanner>
      )}
      {flash.deletedProgramme && (
        <NotificationBanner>
          <p className="nhsuk-notification-banner__heading">
            “{flash.deletedProgramme}” was deleted{flash.deletedContents ? `, with ${flash.deletedContents}` : ''}.
          </p>
        </NotificationBanner>
      )}
      <h1>Check your change against the NHS Change Model</h1>
      <p className="nhsuk-lede-text">
        Look at a change through the eight components of the model, alone or as a team, and see which ones have your
        attention and where they pull against each other. Everything stays on this device and works without a connection.
      </p>

      {error !== undefined && (
        <p className="nhsuk-error-message" role="alert">
          {describeStorageError(error)}
        </p>
      )}
      <ContinueCard home={data} />
      <QuickCheckCard home={data} />

      <h2 className="nhsuk-heading-l">Your programmes</h2>
      <ProgrammeList rows={data?.programmes} />
      <ExampleCard home={data} />
      <div className="app-card-grid">
        <div className="nhsuk-card nhsuk-card--clickable">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-m">
              <Link className="nhsuk-card__link" to="/programmes/new">
                Set up a programme for your team
              </Link>
            </h3>
            <p className="nhsuk-card__description">
              For a steering group or project team that reviews the change together, round after round, with each person’s
              view kept.
            </p>
          </div>
        </div>
        <div className="nhsuk-card nhsuk-card--clickable">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-m">
              <Link className="nhsuk-card__link" to="/model">
                Explore the model
              </Link>
            </h3>
            <p className="nhsuk-card__description">The eight components, what each is about, and the questions worth asking.</p>
          </div>
        </div>
      </div>
    </>
  );
}
