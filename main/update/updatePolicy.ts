/**
 * Whether this process updates at all, and from which channel: a build without a valid pinned
 * key never does; an unpackaged run only when a test forces it. Pure, so tests need no Electron.
 */
import type { UpdateStatus } from '#common/ipc/updateContract';
import { channelNameSchema } from '#common/update/releaseStatement';
import { parsePublicKey } from './verifyRelease';

export function updateChannelFromEnv(env: NodeJS.ProcessEnv): string {
  const parsed = channelNameSchema.safeParse(env.GRIDROOM_UPDATE_CHANNEL);
  return parsed.success ? parsed.data : 'stable';
}

export function decideUpdateDisabled(options: {
  publicKey: string;
  isPackaged: boolean;
  forceDev: boolean;
}): UpdateStatus['disabled'] {
  if (parsePublicKey(options.publicKey) === null) return 'no-key';
  if (!options.isPackaged && !options.forceDev) return 'not-packaged';
  return null;
}
