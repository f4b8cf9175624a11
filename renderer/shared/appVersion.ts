/**
 * The app's own version (package.json's, put in by vite.config.ts at build time), for the
 * browser build, where no main process can say it; the desktop app asks main (app-get-info).
 */
declare const __GRIDROOM_APP_VERSION__: string | undefined;

export const bundledAppVersion: string =
  typeof __GRIDROOM_APP_VERSION__ === 'string' ? __GRIDROOM_APP_VERSION__ : '0.0.0';
