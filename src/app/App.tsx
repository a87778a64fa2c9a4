import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { ComponentPage } from '../features/model/ComponentPage';
import { ModelPage } from '../features/model/ModelPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));

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
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
