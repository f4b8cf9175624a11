/**
 * `<userData>/update.json`: what the updater must remember across restarts — the issuedAt of
 * the last statement accepted (a replay of an older one is refused), the release that was ready
 * (installed at the next start) and the one being installed (reported once it runs). Written
 * atomically; a missing or unreadable file is an empty memory, never a crash.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { saveFileAtomically } from '../fileSave';
import { emptyUpdateMemory, type UpdateMemory } from './updateController';

const memorySchema = z.object({
  lastAcceptedIssuedAt: z.number().int().nonnegative().nullable(),
  readyVersion: z.string().max(64).nullable(),
  installingVersion: z.string().max(64).nullable(),
});

export async function loadUpdateMemory(filePath: string): Promise<UpdateMemory> {
  try {
    const parsed = memorySchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data : emptyUpdateMemory;
  } catch {
    return emptyUpdateMemory;
  }
}

export async function saveUpdateMemory(filePath: string, memory: UpdateMemory): Promise<void> {
  await saveFileAtomically(filePath, new TextEncoder().encode(JSON.stringify(memory)));
}
