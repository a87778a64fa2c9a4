import { lazy, Suspense } from 'react';
import { prefetchDashboardRecords } from '../features/dashboard/dashboardRecords';
import { loadDashboardPage } from './preload';
import { NewerVersionBanner } from '../pwa/newerVersion';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { ComponentPage } from '../features/model/ComponentPage';
import { ModelPage } from '../features/model/ModelPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const GlossaryPage = lazy(() => import('../features/glossary/GlossaryPage'));
const AccessibilityPage = lazy(() => import('../features/about/AccessibilityPage'));
const PrivacyPage = lazy(() => import('../features/about/PrivacyPage'));
const SharePage = lazy(() => import('../features/share/SharePage'));
const JoinPage = lazy(() => import('../features/share/JoinPage'));
const NewProgrammePage = lazy(() => import('../features/programmes/NewProgrammePage'));
const ProgrammePage = lazy(() => import('../features/programmes/ProgrammePage'));
const EditProgrammePage = lazy(() => import('../features/programmes/EditProgrammePage'));
const DeleteProgrammePage = lazy(() => import('../features/programmes/DeleteProgrammePage'));
const NewRoundPage = lazy(() => import('../features/rounds/NewRoundPage'));
const EditRoundPage = lazy(() => import('../features/rounds/EditRoundPage'));
const RoundPage = lazy(() => import('../features/answer/RoundPage'));
const AnswerPage = lazy(() => import('../features/answer/AnswerPage'));
const PairsAnswerPage = lazy(() => import('../features/answer/PairsAnswerPage'));
const SummaryPage = lazy(() => import('../features/summary/SummaryPage'));
const DashboardPage = lazy(loadDashboardPage);
const FacilitatePage = lazy(() => import('../features/workshop/FacilitatePage'));
const PresentPage = lazy(() => import('../features/present/PresentPage'));
const ActionsPage = lazy(() => import('../features/actions/ActionsPage'));
const PairsPage = lazy(() => import('../features/pairs/PairsPage'));
const WordsPage = lazy(() => import('../features/words/WordsPage'));
const ImportPromptsPage = lazy(() => import('../features/words/ImportPage'));

const DataPage = lazy(() => import('../features/data/DataPage'));
const HandoverPage = lazy(() => import('../features/handover/HandoverPage'));
const BoardPaperPage = lazy(() => import('../features/print/BoardPaperPage'));

function Loading() {
  return <p className="app-loading">Loading…</p>;
}

function withSuspense(node: React.ReactNode) {
  return <Suspense fallback={<Loading />}>{node}</Suspense>;
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/model', element: <ModelPage /> },
      { path: '/model/:componentId', element: <ComponentPage /> },
      { path: '/settings', element: withSuspense(<SettingsPage />) },
      { path: '/glossary', element: withSuspense(<GlossaryPage />) },
      { path: '/accessibility', element: withSuspense(<AccessibilityPage />) },
      { path: '/privacy', element: withSuspense(<PrivacyPage />) },
      { path: '/programmes/new', element: withSuspense(<NewProgrammePage />) },
      { path: '/programmes/:programmeId', element: withSuspense(<ProgrammePage />) },
      { path: '/programmes/:programmeId/edit', element: withSuspense(<EditProgrammePage />) },
      { path: '/programmes/:programmeId/delete', element: withSuspense(<DeleteProgrammePage />) },
      { path: '/programmes/:programmeId/rounds/new', element: withSuspense(<NewRoundPage />) },
      { path: '/programmes/:programmeId/rounds/:roundId/edit', element: withSuspense(<EditRoundPage />) },
      { path: '/programmes/:programmeId/rounds/:roundId', element: withSuspense(<RoundPage />) },
      { path: '/programmes/:programmeId/rounds/:roundId/answer/:componentId', element: withSuspense(<AnswerPage />) },
      { path: '/programmes/:programmeId/rounds/:roundId/pairs', element: withSuspense(<PairsAnswerPage />) },
      { path: '/programmes/:programmeId/rounds/:roundId/summary', element: withSuspense(<SummaryPage />) },
      {
        path: '/programmes/:programmeId/dashboard',
        element: withSuspense(<DashboardPage />),
        // Start reading the records while the chart code loads (the screen takes this read over).
        loader: ({ params }) => {
          prefetchDashboardRecords(params.programmeId);
          return null;
        },
      },
      { path: '/programmes/:programmeId/actions', element: withSuspense(<ActionsPage />) },
      { path: '/programmes/:programmeId/pairs', element: withSuspense(<PairsPage />) },
      { path: '/programmes/:programmeId/words', element: withSuspense(<WordsPage />) },
      { path: '/programmes/:programmeId/words/import', element: withSuspense(<ImportPromptsPage />) },
      { path: '/data', element: withSuspense(<DataPage />) },
      { path: '/join', element: withSuspense(<JoinPage />) },
      { path: '/programmes/:programmeId/share', element: withSuspense(<SharePage />) },
      { path: '/programmes/:programmeId/rounds/:roundId/handover', element: withSuspense(<HandoverPage />) },
      {
        path: '/programmes/:programmeId/rounds/:roundId/print',
        element: withSuspense(<BoardPaperPage />),
        loader: ({ params }) => {
          prefetchDashboardRecords(params.programmeId);
          return null;
        },
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  // Workshop screens have no site navigation: a tablet going round the room, a projector.
  { path: '/programmes/:programmeId/rounds/:roundId/facilitate', element: withSuspense(<FacilitatePage />) },
  { path: '/programmes/:programmeId/rounds/:roundId/present', element: withSuspense(<PresentPage />) },
]);

export function App() {
  return (
    <>
      <NewerVersionBanner />
      <RouterProvider router={router} />
    </>
  );
}
