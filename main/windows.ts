/**
 * The app's two kinds of window. The workstation window is the duty officer's desk; the
 * briefing window is a read-only full-screen view (route `#/briefing`) that opens on the second
 * display when there is one. Both use security's webPreferences and keep their own title
 * (the page cannot rename the window). At most one briefing window exists at a time.
 */
import { BrowserWindow, screen } from 'electron';
import type { BriefingOpenDisplayReply } from '#common/ipc/contract';
import { displayLabel, pickBriefingDisplay } from './displays';
import { secureWebPreferences } from './security';

export const workstationTitle = '网格态势室 Gridroom';
export const briefingTitle = '网格态势室 · 态势简报';
/** Dark background shown before the first paint, matching the renderer's theme. */
const backgroundColor = '#0b1220';

export interface WindowOptions {
  preloadPath: string;
  /** URL of the renderer's index.html (app://gridroom/index.html, or the dev server). */
  entryUrl: string;
}

function keepTitle(window: BrowserWindow): void {
  window.on('page-title-updated', (event) => event.preventDefault());
}

export function createWorkstationWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: workstationTitle,
    width: 1600,
    height: 1000,
    minWidth: 1200,
    minHeight: 760,
    show: false,
    backgroundColor,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  keepTitle(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.entryUrl);
  return window;
}

export interface BriefingWindows {
  open(): Promise<BriefingOpenDisplayReply>;
}

export function createBriefingWindows(options: WindowOptions): BriefingWindows {
  let current: BrowserWindow | null = null;
  return {
    async open() {
      const { display, external } = pickBriefingDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay());
      const reply: BriefingOpenDisplayReply = {
        displayId: display.id,
        label: displayLabel(display, external),
        external,
        bounds: { ...display.bounds },
      };
      if (current && !current.isDestroyed()) {
        current.setFullScreen(false);
        current.setBounds(display.bounds);
        current.setFullScreen(true);
        current.focus();
        return reply;
      }
      const window = new BrowserWindow({
        title: briefingTitle,
        ...display.bounds,
        fullscreen: true,
        show: false,
        backgroundColor,
        autoHideMenuBar: true,
        webPreferences: secureWebPreferences(options.preloadPath),
      });
      current = window;
      keepTitle(window);
      window.on('closed', () => {
        if (current === window) current = null;
      });
      window.once('ready-to-show', () => window.show());
      await window.loadURL(`${options.entryUrl}#/briefing`);
      return reply;
    },
  };
}
