/**
 * What the host (Electron main, or the loopback server of `npm start`) tells the renderer at
 * start, served as `gridroom-config.json` beside index.html: where the central API is and,
 * for the out-of-the-box demo, the station's enrolment code so the workstation can enrol by
 * itself. Absent file or null fields: the app runs on local demo data, offline.
 */
import { z } from 'zod';

export const RUNTIME_CONFIG_FILE = 'gridroom-config.json';

export const runtimeConfigSchema = z.object({
  /** Base URL of the central API (`/api` same-origin through the proxy, or absolute). */
  apiUrl: z.string().min(1).max(300).nullable(),
  enrolmentCode: z.string().min(6).max(64).nullable(),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;
export const offlineRuntimeConfig: RuntimeConfig = { apiUrl: null, enrolmentCode: null };
