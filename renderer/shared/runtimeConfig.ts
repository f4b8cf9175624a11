/**
 * Fetches the host's runtime config (common/runtimeConfig.ts) from beside index.html. A
 * missing, unreadable or malformed file means "no central API": the app runs offline on demo
 * data, and says so — it never fails to start because of this file.
 */
import {
  offlineRuntimeConfig,
  RUNTIME_CONFIG_FILE,
  runtimeConfigSchema,
  type RuntimeConfig,
} from '#common/runtimeConfig';

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch(`./${RUNTIME_CONFIG_FILE}`, { cache: 'no-store' });
    if (!response.ok) return offlineRuntimeConfig;
    const parsed = runtimeConfigSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : offlineRuntimeConfig;
  } catch {
    return offlineRuntimeConfig;
  }
}
