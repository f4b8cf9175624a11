/**
 * What the renderer sees of the preload: `window.gridroom`, typed by the IPC contract.
 * Optional, because in browser mode (no Electron) there is no preload and no bridge; the
 * renderer must feature-check it.
 */
import type { GridroomApi } from '#common/ipc/contract';

declare global {
  interface Window {
    readonly gridroom?: GridroomApi;
  }
}

export {};
