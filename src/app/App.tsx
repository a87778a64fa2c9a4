import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes, useParams } from 'react-router';
import { loadDashboardPage } from './preload';
import { NewerVersionBanner } from '../pwa/newerVersion';
import { HomePage } from '../features/home/HomePage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

const ModelPage = lazy(() => import('../features/model/ModelPage'));
const ComponentPage = lazy(() => import('../features/model/ComponentPage'));
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

/**
 * Start reading a programme's records while the screen's code loads (the screen takes this read
 * over): the dashboard and the board paper.
 */
function PrefetchRecords({ children }: { children: React.ReactNode }) {
  const { programmeId } = useParams();
  useEffect(() => {
    void import('../features/dashboard/dashboardRecords').then((m) => m.prefetchDashboardRecords(programmeId));
  }, [programmeId]);
  return children;
}

/**
 * Every screen. The same tree is rendered to static HTML at build time (src/app/prerender.tsx)
 * and hydrated in the browser.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/model" element={withSuspense(<ModelPage />)} />
        <Route path="/model/:componentId" element={withSuspense(<ComponentPage />)} />
        <Route path="/settings" element={withSuspense(<SettingsPage />)} />
        <Route path="/glossary" element={withSuspense(<GlossaryPage />)} />
        <Route path="/accessibility" element={withSuspense(<AccessibilityPage />)} />
        <Route path="/privacy" element={withSuspense(<PrivacyPage />)} />
        <Route path="/programmes/new" element={withSuspense(<NewProgrammePage />)} />
        <Route path="/programmes/:programmeId" element={withSuspense(<ProgrammePage />)} />
        <Route path="/programmes/:programmeId/edit" element={withSuspense(<EditProgrammePage />)} />
        <Route path="/programmes/:programmeId/delete" element={withSuspense(<DeleteProgrammePage />)} />
        <Route path="/programmes/:programmeId/rounds/new" element={withSuspense(<NewRoundPage />)} />
        <Route path="/programmes/:programmeId/rounds/:roundId/edit" element={withSuspense(<EditRoundPage />)} />
        <Route path="/programmes/:programmeId/rounds/:roundId" element={withSuspense(<RoundPage />)} />
        <Route path="/programmes/:programmeId/rounds/:roundId/answer/:componentId" element={withSuspense(<AnswerPage />)} />
        <Route path="/programmes/:programmeId/rounds/:roundId/pairs" element={withSuspense(<PairsAnswerPage />)} />
        <Route path="/programmes/:programmeId/rounds/:roundId/summary" element={withSuspense(<SummaryPage />)} />
        <Route
          path="/programmes/:programmeId/dashboard"
          element={<PrefetchRecords>{withSuspense(<DashboardPage />)}</PrefetchRecords>}
        />
        <Route path="/programmes/:programmeId/actions" element={withSuspense(<ActionsPage />)} />
        <Route path="/programmes/:programmeId/pairs" element={withSuspense(<PairsPage />)} />
        <Route path="/programmes/:programmeId/words" element={withSuspense(<WordsPage />)} />
        <Route path="/programmes/:programmeId/words/import" element={withSuspense(<ImportPromptsPage />)} />
        <Route path="/data" element={withSuspense(<DataPage />)} />
        <Route path="/join" element={withSuspense(<JoinPage />)} />
        <Route path="/programmes/:programmeId/share" element={withSuspense(<SharePage />)} />
        <Route path="/programmes/:programmeId/rounds/:roundId/handover" element={withSuspense(<HandoverPage />)} />
        <Route
          path="/programmes/:programmeId/rounds/:roundId/print"
          element={<PrefetchRecords>{withSuspense(<BoardPaperPage />)}</PrefetchRecords>}
        />
        <Route path="*" element={<NotFound />} />
      </Route>
      {/* Workshop screens have no site navigation: a tablet going round the room, a projector. */}
      <Route path="/programmes/:programmeId/rounds/:roundId/facilitate" element={withSuspense(<FacilitatePage />)} />
      <Route path="/programmes/:programmeId/rounds/:roundId/present" element={withSuspense(<PresentPage />)} />
    </Routes>
  );
}

/** What surrounds the router on every page (the same in the browser and in the static HTML). */
export function AppShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <NewerVersionBanner />
      {children}
    </>
  );
}

export function App() {
  return (
    <AppShell>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppShell>
  );
}
