/**
 * The app's screens, in navigation order. Screens of later issues are named already so the
 * shell shows the whole product; they render a placeholder until built.
 */
import {
  AimOutlined,
  AuditOutlined,
  AlertOutlined,
  AppstoreOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  IdcardOutlined,
  ImportOutlined,
  SafetyOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { MessageKey } from '#renderer/i18n/zh';
import { loadReportPrintPage } from './reportPrintRoute';

type LazyScreen = LazyExoticComponent<ComponentType> & { preload(): void };

/**
 * Each screen is its own chunk, loaded when first shown: a window opened on one screen (the
 * report's print layout, the briefing display) does not parse the map engine and every other
 * screen first. `preload` starts the fetch early (the start-up route, while the cache opens);
 * `warm`, when given, starts with it (what the screen will need first, such as map workers).
 */
function lazyScreen<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  warm?: () => Promise<void>,
): LazyScreen {
  let loading: Promise<{ default: ComponentType }> | null = null;
  const start = () => {
    if (!loading && warm) void warm().catch(() => undefined);
    return (loading ??= load().then((module) => ({ default: module[name] })));
  };
  return Object.assign(lazy(start), { preload: () => void start() });
}

/** Screens that open on a map: its workers start with the screen's code, not with the map. */
const warmMap = () => import('#renderer/map/createMap').then((map) => map.prewarmMapWorkers());

const BoardScreen = lazyScreen(() => import('#renderer/features/board/BoardScreen'), 'BoardScreen', warmMap);
const IncidentsScreen = lazyScreen(
  () => import('#renderer/features/incidents/IncidentsScreen'),
  'IncidentsScreen',
);
const GridsScreen = lazyScreen(() => import('#renderer/features/grids/GridsScreen'), 'GridsScreen');
const ConflictsScreen = lazyScreen(
  () => import('#renderer/features/sync/ConflictsScreen'),
  'ConflictsScreen',
);
const SweepsScreen = lazyScreen(() => import('#renderer/features/sweeps/SweepsScreen'), 'SweepsScreen');
const CheckpointsScreen = lazyScreen(
  () => import('#renderer/features/checkpoints/CheckpointsScreen'),
  'CheckpointsScreen',
  warmMap,
);
const SitesScreen = lazyScreen(() => import('#renderer/features/sites/SitesScreen'), 'SitesScreen');
const AuditScreen = lazyScreen(() => import('#renderer/features/audit/AuditScreen'), 'AuditScreen');
const SettingsScreen = lazyScreen(
  () => import('#renderer/features/settings/SettingsScreen'),
  'SettingsScreen',
);
const ReportsScreen = lazyScreen(() => import('#renderer/features/reports/ReportsScreen'), 'ReportsScreen');
/** The print layout, handed the day's visits read alongside its code (reportPrintRoute.tsx). */
const ReportPrintPage = lazyScreen(loadReportPrintPage, 'ReportPrintPage');
const BriefingDeck = lazyScreen(() => import('#renderer/features/briefing/BriefingDeck'), 'BriefingDeck');
const ImportScreen = lazyScreen(() => import('#renderer/features/imports/ImportScreen'), 'ImportScreen');
const HandoverListScreen = lazyScreen(
  () => import('#renderer/features/handover/HandoverListScreen'),
  'HandoverListScreen',
);
const HandoverDraftScreen = lazyScreen(
  () => import('#renderer/features/handover/HandoverDraftScreen'),
  'HandoverDraftScreen',
);
const HandoverPrintPage = lazyScreen(
  () => import('#renderer/features/handover/HandoverPrintPage'),
  'HandoverPrintPage',
);
const PassesScreen = lazyScreen(() => import('#renderer/features/passes/PassesScreen'), 'PassesScreen');
const AdminScreen = lazyScreen(() => import('#renderer/features/admin/AdminScreen'), 'AdminScreen');

export interface RouteDef {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** The screen; routes without one show a "coming soon" placeholder. */
  screen?: ComponentType | LazyScreen;
  /** Reached from elsewhere (e.g. the sync indicator), not listed in the navigation. */
  hidden?: boolean;
  /** Shown without the shell's title bar and navigation (briefing deck, report print layout). */
  bare?: boolean;
  /** Listed in the navigation for the station chief only (the screen refuses others too). */
  chiefOnly?: boolean;
}

export const routes: RouteDef[] = [
  { path: 'board', label: 'nav.board', icon: <DashboardOutlined />, screen: BoardScreen },
  { path: 'grids', label: 'nav.grids', icon: <AppstoreOutlined />, screen: GridsScreen },
  { path: 'sweeps', label: 'nav.sweeps', icon: <AimOutlined />, screen: SweepsScreen },
  { path: 'checkpoints', label: 'nav.checkpoints', icon: <SafetyOutlined />, screen: CheckpointsScreen },
  { path: 'passes', label: 'nav.passes', icon: <IdcardOutlined />, screen: PassesScreen },
  { path: 'incidents', label: 'nav.incidents', icon: <AlertOutlined />, screen: IncidentsScreen },
  { path: 'sites', label: 'nav.sites', icon: <ExperimentOutlined />, screen: SitesScreen },
  { path: 'reports', label: 'nav.reports', icon: <FileTextOutlined />, screen: ReportsScreen },
  { path: 'handovers', label: 'handover.nav', icon: <SwapOutlined />, screen: HandoverListScreen },
  { path: 'audit', label: 'nav.audit', icon: <AuditOutlined />, screen: AuditScreen },
  { path: 'import', label: 'nav.import', icon: <ImportOutlined />, screen: ImportScreen },
  { path: 'admin', label: 'nav.admin', icon: <TeamOutlined />, screen: AdminScreen, chiefOnly: true },
  { path: 'settings', label: 'nav.settings', icon: <SettingOutlined />, screen: SettingsScreen },
  {
    path: 'conflicts',
    label: 'nav.conflicts',
    icon: <SettingOutlined />,
    screen: ConflictsScreen,
    hidden: true,
  },
  {
    path: 'briefing',
    label: 'nav.briefing',
    icon: <DashboardOutlined />,
    screen: BriefingDeck,
    hidden: true,
    bare: true,
  },
  {
    path: 'report-print',
    label: 'nav.reports',
    icon: <FileTextOutlined />,
    screen: ReportPrintPage,
    hidden: true,
    bare: true,
  },
  {
    path: 'handover',
    label: 'handover.button',
    icon: <SwapOutlined />,
    screen: HandoverDraftScreen,
    hidden: true,
  },
  {
    path: 'handover-print',
    label: 'handover.nav',
    icon: <SwapOutlined />,
    screen: HandoverPrintPage,
    hidden: true,
    bare: true,
  },
];

/** Starts loading the screen of `path` (see lazyScreen); unknown paths and plain screens: nothing. */
export function preloadScreen(path: string): void {
  const screen = routes.find((r) => r.path === path)?.screen;
  if (screen && 'preload' in screen) screen.preload();
}
