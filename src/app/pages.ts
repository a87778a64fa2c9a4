import { matchPath } from 'react-router';
import { lazyPage, type LazyPage } from './lazyPage';

/**
 * Every screen but the home page, each loaded with its first use. Screens one click away are
 * preloaded when the browser is idle (see `preload` callers), so opening them does not wait.
 */
export const pages = {
  ModelPage: lazyPage(() => import('../features/model/ModelPage')),
  ComponentPage: lazyPage(() => import('../features/model/ComponentPage')),
  SettingsPage: lazyPage(() => import('../features/settings/SettingsPage')),
  GlossaryPage: lazyPage(() => import('../features/glossary/GlossaryPage')),
  AccessibilityPage: lazyPage(() => import('../features/about/AccessibilityPage')),
  PrivacyPage: lazyPage(() => import('../features/about/PrivacyPage')),
  SharePage: lazyPage(() => import('../features/share/SharePage')),
  JoinPage: lazyPage(() => import('../features/share/JoinPage')),
  NewProgrammePage: lazyPage(() => import('../features/programmes/NewProgrammePage')),
  ProgrammePage: lazyPage(() => import('../features/programmes/ProgrammePage')),
  EditProgrammePage: lazyPage(() => import('../features/programmes/EditProgrammePage')),
  DeleteProgrammePage: lazyPage(() => import('../features/programmes/DeleteProgrammePage')),
  NewRoundPage: lazyPage(() => import('../features/rounds/NewRoundPage')),
  EditRoundPage: lazyPage(() => import('../features/rounds/EditRoundPage')),
  RoundPage: lazyPage(() => import('../features/answer/RoundPage')),
  AnswerPage: lazyPage(() => import('../features/answer/AnswerPage')),
  PairsAnswerPage: lazyPage(() => import('../features/answer/PairsAnswerPage')),
  SummaryPage: lazyPage(() => import('../features/summary/SummaryPage')),
  DashboardPage: lazyPage(() => import('../features/dashboard/DashboardPage')),
  FacilitatePage: lazyPage(() => import('../features/workshop/FacilitatePage')),
  PresentPage: lazyPage(() => import('../features/present/PresentPage')),
  ActionsPage: lazyPage(() => import('../features/actions/ActionsPage')),
  PairsPage: lazyPage(() => import('../features/pairs/PairsPage')),
  WordsPage: lazyPage(() => import('../features/words/WordsPage')),
  ImportPromptsPage: lazyPage(() => import('../features/words/ImportPage')),
  DataPage: lazyPage(() => import('../features/data/DataPage')),
  HandoverPage: lazyPage(() => import('../features/handover/HandoverPage')),
  BoardPaperPage: lazyPage(() => import('../features/print/BoardPaperPage')),
  OutcomesPage: lazyPage(() => import('../features/outcomes/OutcomesPage')),
};

/** Where each screen lives. Static paths come before the patterns they would also match. */
export const pageRoutes: ReadonlyArray<{ path: string; page: LazyPage; readsRecords?: boolean; bare?: boolean }> = [
  { path: '/model', page: pages.ModelPage },
  { path: '/model/:componentId', page: pages.ComponentPage },
  { path: '/settings', page: pages.SettingsPage },
  { path: '/glossary', page: pages.GlossaryPage },
  { path: '/accessibility', page: pages.AccessibilityPage },
  { path: '/privacy', page: pages.PrivacyPage },
  { path: '/programmes/new', page: pages.NewProgrammePage },
  { path: '/programmes/:programmeId', page: pages.ProgrammePage },
  { path: '/programmes/:programmeId/edit', page: pages.EditProgrammePage },
  { path: '/programmes/:programmeId/delete', page: pages.DeleteProgrammePage },
  { path: '/programmes/:programmeId/rounds/new', page: pages.NewRoundPage },
  { path: '/programmes/:programmeId/rounds/:roundId/edit', page: pages.EditRoundPage },
  { path: '/programmes/:programmeId/rounds/:roundId', page: pages.RoundPage },
  { path: '/programmes/:programmeId/rounds/:roundId/answer/:componentId', page: pages.AnswerPage },
  { path: '/programmes/:programmeId/rounds/:roundId/pairs', page: pages.PairsAnswerPage },
  { path: '/programmes/:programmeId/rounds/:roundId/summary', page: pages.SummaryPage },
  { path: '/programmes/:programmeId/dashboard', page: pages.DashboardPage, readsRecords: true },
  { path: '/programmes/:programmeId/actions', page: pages.ActionsPage },
  { path: '/programmes/:programmeId/outcomes', page: pages.OutcomesPage },
  { path: '/programmes/:programmeId/pairs', page: pages.PairsPage },
  { path: '/programmes/:programmeId/words', page: pages.WordsPage },
  { path: '/programmes/:programmeId/words/import', page: pages.ImportPromptsPage },
  { path: '/data', page: pages.DataPage },
  { path: '/join', page: pages.JoinPage },
  { path: '/programmes/:programmeId/share', page: pages.SharePage },
  { path: '/programmes/:programmeId/rounds/:roundId/handover', page: pages.HandoverPage },
  { path: '/programmes/:programmeId/rounds/:roundId/print', page: pages.BoardPaperPage, readsRecords: true },
  // Workshop screens have no site navigation: a tablet going round the room, a projector.
  { path: '/programmes/:programmeId/rounds/:roundId/facilitate', page: pages.FacilitatePage, bare: true },
  { path: '/programmes/:programmeId/rounds/:roundId/present', page: pages.PresentPage, bare: true },
];

/**
 * Fetch the code of the screen at `pathname`, if it is one of these (the app's first render can
 * then draw it without suspending). Resolves either way; a failed fetch is retried on render.
 */
export function preloadPageFor(pathname: string): Promise<unknown> {
  return pageFor(pathname)?.preload().catch(() => undefined) ?? Promise.resolve();
}

/** The screen drawn at `pathname` (undefined for the home page and unknown addresses). */
export function pageFor(pathname: string): LazyPage | undefined {
  return pageRoutes.find((r) => matchPath({ path: r.path, end: true }, pathname))?.page;
}
