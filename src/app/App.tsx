import { Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes, useParams } from 'react-router';
import { pageRoutes } from './pages';
import { NewerVersionBanner } from '../pwa/newerVersion';
import { HomePage } from '../features/home/HomePage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';


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

function route({ path, page: Page, readsRecords }: (typeof pageRoutes)[number]) {
  const screen = withSuspense(<Page />);
  return <Route key={path} path={path} element={readsRecords ? <PrefetchRecords>{screen}</PrefetchRecords> : screen} />;
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
        {pageRoutes.filter((r) => !r.bare).map(route)}
        <Route path="*" element={<NotFound />} />
      </Route>
      {pageRoutes.filter((r) => r.bare).map(route)}
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
