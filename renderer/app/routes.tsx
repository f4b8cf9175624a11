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
  ImportOutlined,
  SafetyOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { BoardScreen } from '../features/board/BoardScreen';
import { IncidentsScreen } from '../features/incidents/IncidentsScreen';
import { GridsScreen } from '../features/grids/GridsScreen';
import { ConflictsScreen } from '../features/sync/ConflictsScreen';
import { SweepsScreen } from '../features/sweeps/SweepsScreen';
import { CheckpointsScreen } from '../features/checkpoints/CheckpointsScreen';
import { SitesScreen } from '../features/sites/SitesScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { ReportPrintPage } from '../features/reports/ReportPrintPage';
import { BriefingDeck } from '../features/briefing/BriefingDeck';
import { ImportScreen } from '../features/imports/ImportScreen';
import type { MessageKey } from '../i18n/zh';

export interface RouteDef {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** The screen; routes without one show a "coming soon" placeholder. */
  screen?: ComponentType;
  /** Reached from elsewhere (e.g. the sync indicator), not listed in the navigation. */
  hidden?: boolean;
  /** Shown without the shell's title bar and navigation (briefing deck, report print layout). */
  bare?: boolean;
}

export const routes: RouteDef[] = [
  { path: 'board', label: 'nav.board', icon: <DashboardOutlined />, screen: BoardScreen },
  { path: 'grids', label: 'nav.grids', icon: <AppstoreOutlined />, screen: GridsScreen },
  { path: 'sweeps', label: 'nav.sweeps', icon: <AimOutlined />, screen: SweepsScreen },
  { path: 'checkpoints', label: 'nav.checkpoints', icon: <SafetyOutlined />, screen: CheckpointsScreen },
  { path: 'incidents', label: 'nav.incidents', icon: <AlertOutlined />, screen: IncidentsScreen },
  { path: 'sites', label: 'nav.sites', icon: <ExperimentOutlined />, screen: SitesScreen },
  { path: 'reports', label: 'nav.reports', icon: <FileTextOutlined />, screen: ReportsScreen },
  { path: 'audit', label: 'nav.audit', icon: <AuditOutlined />, screen: AuditScreen },
  { path: 'import', label: 'nav.import', icon: <ImportOutlined />, screen: ImportScreen },
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
];
