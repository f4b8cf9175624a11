/**
 * Entry of the Electron main process (bundled to dist/main/index.cjs). Order matters:
 * the data directory is decided and the `app` scheme registered as privileged before `ready`
 * (otherwise IndexedDB, localStorage and relative URLs don't work on it); security is
 * applied right after `ready` (when the default session exists) and before any window exists;
 * IPC handlers are registered before the first window loads.
 * In test mode (GRIDROOM_TEST=1) it refuses to start without GRIDROOM_DATA_DIR.
 */
import path from 'node:path';
import { app, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import { createAppProtocolHandler, runtimeConfigFromEnv } from './appProtocol';
import { buildAppInfo } from './appInfo';
import { decideDataDir } from './dataDir';
import { saveFileAtomically } from './fileSave';
import { reportSaveFilters } from './reportSaveFile';
import { createPdfExportHandler, createReportPdfHandler, reportPdfFilters } from './reportPdf';
import { createPrintRouteRenderer } from './reportPdfWindow';
import type { HandoverExportPdfRequest } from '#common/ipc/contract';
import { devServerOrigin } from './devServer';
import { registerIpcHandlers } from './ipcHandlers';
import {
  appEntryUrl,
  appOrigin,
  appScheme,
  appSchemePrivileges,
  applySecurity,
  buildCsp,
  cspOptionsFromEnv,
  isAllowedNavigation,
  withLiveCsp,
} from './security';
import { BasemapGrants } from './basemapFile';
import { decideTileOrigin, originDialogOptions } from './basemapOriginConsent';
import { chooseCredentialVault } from './credentialVault';
import { createPmtilesProtocolHandler, pmtilesSchemePrivileges } from './pmtilesProtocol';
import { PMTILES_FILE_SCHEME } from '#common/ipc/basemapContract';
import { createBriefingWindows, createWorkstationWindow } from './windows';
import { addLogSink, createLogger } from '#common/log';
import { logProcessEvents, startMainLogging } from './logging';
import { startUpdates } from './update/startUpdates';

const log = createLogger('main');

function main(): void {
  const dataDir = decideDataDir(process.env);
  if (!dataDir.ok) {
    // no data folder, so no log files: this one line goes to stderr only
    const removeStderr = addLogSink((r) => process.stderr.write(`[gridroom] ${r.msg}\n`));
    log.error(dataDir.message);
    removeStderr();
    app.exit(1);
    return;
  }
  if (dataDir.dataDir !== undefined) app.setPath('userData', dataDir.dataDir);
  const logging = startMainLogging({
    dir: path.join(app.getPath('userData'), 'logs'),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
  logProcessEvents(process, app);
  log.info('app starting', {
    version: app.getVersion(),
    electron: process.versions.electron,
    platform: process.platform,
    packaged: app.isPackaged,
    testMode: dataDir.testMode,
  });

  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { ...appSchemePrivileges } },
    { scheme: PMTILES_FILE_SCHEME, privileges: { ...pmtilesSchemePrivileges } },
  ]);

  const appRoot = app.getAppPath();
  const rendererRoot = path.join(appRoot, 'dist', 'renderer');
  const preloadPath = path.join(appRoot, 'dist', 'preload', 'index.cjs');
  const devOrigin = devServerOrigin(process.env.GRIDROOM_DEV_SERVER_URL, app.isPackaged);
  const extraOrigins = devOrigin ? [devOrigin] : [];
  const windowOptions = { preloadPath, entryUrl: devOrigin ? `${devOrigin}/` : appEntryUrl };
  // PDF exports (the daily report, a handover sheet): the save dialog, and a hidden window's printToPDF
  const printRoute = createPrintRouteRenderer(windowOptions);
  const choosePdfPath = async (suggestedName: string): Promise<string | null> => {
    const choice = await dialog.showSaveDialog({
      defaultPath: path.join(app.getPath('downloads'), suggestedName),
      filters: reportPdfFilters,
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  };
  const csp = buildCsp(cspOptionsFromEnv(process.env));

  void app.whenReady().then(async () => {
    // the basemap the user chose: its PMTiles file (served below) and its tile server (CSP)
    const basemapGrants = await BasemapGrants.load(path.join(app.getPath('userData'), 'basemap.json'));
    const liveCsp = (): string =>
      buildCsp({
        ...cspOptionsFromEnv(process.env),
        basemapOrigin: basemapGrants.tileOrigin(),
        fetchScheme: PMTILES_FILE_SCHEME,
      });
    // session.defaultSession exists only once the app is ready; no webContents exists yet.
    applySecurity(app, session.defaultSession, {
      openExternal: (url) => shell.openExternal(url),
      extraOrigins,
    });
    protocol.handle(
      appScheme,
      withLiveCsp(createAppProtocolHandler(rendererRoot, csp, runtimeConfigFromEnv(process.env)), liveCsp),
    );
    protocol.handle(
      PMTILES_FILE_SCHEME,
      createPmtilesProtocolHandler({
        pathFor: (token) => basemapGrants.pathFor(token),
        allowedOrigin: appOrigin,
      }),
    );
    const briefing = createBriefingWindows(windowOptions);
    // signed updates from the centre (main/update/, docs/architecture.md §10)
    const updates = await startUpdates({
      env: process.env,
      userDataDir: app.getPath('userData'),
      runningVersion: app.getVersion(),
      isPackaged: app.isPackaged,
      testMode: dataDir.testMode,
    });
    // Linux's basic_text / unknown safeStorage backends seal nothing: no vault then.
    const vaultChoice = chooseCredentialVault(safeStorage, process.platform);
    registerIpcHandlers(
      ipcMain,
      {
        appInfo: () =>
          buildAppInfo({
            name: app.getName(),
            version: app.getVersion(),
            versions: process.versions,
            platform: process.platform,
            dataDir: app.getPath('userData'),
            isPackaged: app.isPackaged,
          }),
        openExternal: (url) => shell.openExternal(url),
        openBriefingDisplay: () => briefing.open(),
        vault: vaultChoice.vault,
        vaultReason: vaultChoice.reason ?? undefined,
        reportSave: {
          chooseSavePath: async (suggestedName, kind) => {
            const choice = await dialog.showSaveDialog({
              defaultPath: path.join(app.getPath('downloads'), suggestedName),
              filters: reportSaveFilters[kind],
              properties: ['showOverwriteConfirmation', 'createDirectory'],
            });
            return choice.canceled || !choice.filePath ? null : choice.filePath;
          },
          saveFileAtomically: (filePath, bytes) => saveFileAtomically(filePath, bytes),
        },
        exportReportPdf: createReportPdfHandler({
          chooseSavePath: choosePdfPath,
          renderPdf: (date) => printRoute(`report-print?date=${date}`),
          saveFileAtomically: (filePath, bytes) => saveFileAtomically(filePath, bytes),
        }),
        exportHandoverPdf: createPdfExportHandler<HandoverExportPdfRequest>({
          chooseSavePath: choosePdfPath,
          // the id is a UUID (the contract checked it): the route is built, not passed through
          renderPdf: (request) => printRoute(`handover-print?id=${request.id}`),
          saveFileAtomically: (filePath, bytes) => saveFileAtomically(filePath, bytes),
        }),
        basemap: {
          pickFile: () =>
            basemapGrants.pick({
              chooseFile: async () => {
                const choice = await dialog.showOpenDialog({
                  properties: ['openFile'],
                  filters: [{ name: 'PMTiles', extensions: ['pmtiles'] }],
                });
                return choice.canceled ? null : (choice.filePaths[0] ?? null);
              },
            }),
          activate: async (request) => {
            const decision = await decideTileOrigin(request, basemapGrants.tileOrigin(), async (origin) => {
              const answer = await dialog.showMessageBox(originDialogOptions(origin));
              return answer.response === 1;
            });
            return decision.allowed ? basemapGrants.activate(request) : decision.reply;
          },
        },
        logs: logging,
        updates,
      },
      (event) =>
        isAllowedNavigation(
          (event as { senderFrame?: { url?: unknown } | null }).senderFrame?.url,
          extraOrigins,
        ),
    );
    createWorkstationWindow(windowOptions);
  });

  app.on('window-all-closed', () => app.quit());
}

main();
