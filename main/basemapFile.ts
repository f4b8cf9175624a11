/**
 * The desktop app's offline basemap grants: which PMTiles files the user picked in the open
 * dialog (each known to the renderer only by a random token, never by its path), which one is
 * active, and which tile server origin the CSP lets the renderer reach. Kept in
 * `<userData>/basemap.json` so the basemap survives a restart. A picked file is checked with
 * the shared archive check (signature, version, sections within the file, root directory)
 * before it gets a token. No Electron import: the dialog is passed in, so tests use a temp
 * folder and a fake dialog.
 */
import { randomUUID } from 'node:crypto';
import { open, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { checkPmtilesStart, PMTILES_START_BYTES } from '#common/basemap/pmtilesArchive';
import type {
  BasemapActivateReply,
  BasemapActivateRequest,
  BasemapPickFileReply,
} from '#common/ipc/basemapContract';
import { normalizeOrigin } from './security';

/** How many picked-but-not-yet-active files are remembered (the form may pick several times). */
const MAX_CANDIDATES = 3;

const grantsSchema = z.object({
  files: z.array(z.object({ token: z.uuid(), path: z.string().min(1).max(4096) })).max(MAX_CANDIDATES + 1),
  activeToken: z.uuid().nullable(),
  tileOrigin: z.string().nullable(),
});
type Grants = z.infer<typeof grantsSchema>;
const noGrants: Grants = { files: [], activeToken: null, tileOrigin: null };

export interface BasemapFileDeps {
  /** Shows the open dialog for .pmtiles files; null when cancelled. */
  chooseFile(): Promise<string | null>;
}

export class BasemapGrants {
  private grants: Grants = noGrants;

  private constructor(private readonly stateFile: string) {}

  /** Loads the saved grants; a missing or damaged state file means none. */
  static async load(stateFile: string): Promise<BasemapGrants> {
    const store = new BasemapGrants(stateFile);
    try {
      const parsed = grantsSchema.safeParse(JSON.parse(await readFile(stateFile, 'utf8')));
      if (parsed.success) store.grants = parsed.data;
    } catch {
      // none yet
    }
    return store;
  }

  private async persist(): Promise<void> {
    const temp = `${this.stateFile}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(this.grants), 'utf8');
    await rename(temp, this.stateFile);
  }

  /** The path main may serve for a token: only the active file picked in the dialog, nothing else. */
  pathFor(token: string): string | null {
    if (token !== this.grants.activeToken) return null;
    return this.grants.files.find((f) => f.token === token)?.path ?? null;
  }

  /** The origin the CSP lets the renderer reach for XYZ tiles, or null. */
  tileOrigin(): string | null {
    return this.grants.tileOrigin;
  }

  async pick(deps: BasemapFileDeps): Promise<BasemapPickFileReply> {
    const chosen = await deps.chooseFile();
    if (chosen === null) return { status: 'cancelled' };
    const check = await checkFile(chosen);
    if (check.status !== 'picked') return check;
    const token = randomUUID();
    const others = this.grants.files
      .filter((f) => f.token !== this.grants.activeToken)
      .slice(-(MAX_CANDIDATES - 1));
    const active = this.grants.files.filter((f) => f.token === this.grants.activeToken);
    this.grants = { ...this.grants, files: [...active, ...others, { token, path: chosen }] };
    await this.persist();
    return { ...check, token };
  }

  async activate(request: BasemapActivateRequest): Promise<BasemapActivateReply> {
    let origin: string | null = null;
    if (request.tileOrigin !== null) {
      origin = normalizeOrigin(request.tileOrigin);
      if (origin === null)
        return { status: 'refused', reason: 'invalid-origin', message: 'not an http(s) origin' };
    }
    const file =
      request.fileToken === null ? null : this.grants.files.find((f) => f.token === request.fileToken);
    if (request.fileToken !== null && !file)
      return {
        status: 'refused',
        reason: 'unknown-file',
        message: 'unknown file token; pick the file again',
      };
    const reload = origin !== this.grants.tileOrigin;
    this.grants = { files: file ? [file] : [], activeToken: file?.token ?? null, tileOrigin: origin };
    await this.persist();
    return { status: 'ok', reload };
  }
}

/** Reads the first 16 KiB and the size of a picked file and checks them; never throws. */
export async function checkFile(
  filePath: string,
): Promise<
  | Omit<Extract<BasemapPickFileReply, { status: 'picked' }>, 'token'>
  | Extract<BasemapPickFileReply, { status: 'refused' }>
> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { status: 'refused', problem: 'unreadable', detail: 'not a regular file' };
    const handle = await open(filePath, 'r');
    try {
      const start = new Uint8Array(Math.min(PMTILES_START_BYTES, info.size));
      await handle.read(start, 0, start.length, 0);
      const result = await checkPmtilesStart(start, info.size);
      if (!result.ok)
        return { status: 'refused', problem: result.problem, detail: result.detail.slice(0, 500) };
      return {
        status: 'picked',
        fileName: path.basename(filePath).slice(0, 255),
        fileSize: info.size,
        summary: result.header.summary,
      };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { status: 'refused', problem: 'unreadable', detail: String(error).slice(0, 500) };
  }
}
