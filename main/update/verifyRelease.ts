/**
 * Verifies an offered release before anything is downloaded or installed (issue 17,
 * docs/architecture.md §10). Pure apart from node:crypto and, for `verifyArtifactFile`, reading
 * the file it is given:
 *
 * - `verifyRelease(latestYml, context)`: the channel's parsed `latest.yml` must carry a statement
 *   signed by the publisher's pinned Ed25519 key (common/update/releaseStatement.ts); every field
 *   electron-updater acts on (version, path, files, sha512) must equal the signed statement; the
 *   statement must be for this channel, not older than the last one accepted (a replay), and not
 *   below the running version unless the publisher pinned the channel (a rollback).
 * - `verifyArtifact(bytes | file, statement)`: the downloaded file's sha512 and size must be the
 *   statement's, checked again right before `quitAndInstall`.
 *
 * Each refusal is one code of `updateRefusals`, shown in settings and reported to the centre.
 */
import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import {
  compareReleaseVersions,
  releaseStatementSchema,
  type ReleaseStatement,
} from '#common/update/releaseStatement';
import type { UpdateRefusal } from '#common/update/updateReport';

export interface VerifyContext {
  /** The pinned publisher key: base64 of its SPKI DER (assets/update/publisher-public-key.txt). */
  publicKey: string;
  runningVersion: string;
  channel: string;
  /** issuedAt of the last statement this workstation accepted, or null before the first. */
  lastAcceptedIssuedAt: number | null;
}

export type Refused = { ok: false; refusal: UpdateRefusal; detail: string };

export type ReleaseVerdict =
  | {
      ok: true;
      statement: ReleaseStatement;
      /** newer: install it; same: nothing to do; older: a pinned rollback (downgrade). */
      direction: 'newer' | 'same' | 'older';
    }
  | Refused;

const refuse = (refusal: UpdateRefusal, detail: string): Refused => ({ ok: false, refusal, detail });

/** The key as node:crypto wants it, or null when the text is no Ed25519 SPKI key. */
export function parsePublicKey(base64Spki: string): KeyObject | null {
  try {
    const key = createPublicKey({
      key: Buffer.from(base64Spki.trim(), 'base64'),
      format: 'der',
      type: 'spki',
    });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

/** The yml's own view of the artifacts: `files[]`, plus the legacy top-level `path`/`sha512`. */
function sameArtifacts(yml: Record<string, unknown>, statement: ReleaseStatement): string | null {
  const files = yml.files;
  if (!Array.isArray(files) || files.length !== statement.files.length) return 'files differ in number';
  for (const entry of files) {
    if (!isRecord(entry)) return 'a files entry is not an object';
    const signed = statement.files.find((f) => f.url === entry.url);
    if (!signed) return `files names ${String(entry.url)}, which the statement does not`;
    if (entry.sha512 !== signed.sha512) return `sha512 of ${signed.url} differs from the statement`;
    if (entry.size !== undefined && entry.size !== signed.size)
      return `size of ${signed.url} differs from the statement`;
  }
  if (yml.path !== undefined && yml.path !== statement.path) return 'path differs from the statement';
  if (yml.sha512 !== undefined) {
    const main = statement.files.find((f) => f.url === statement.path);
    if (yml.sha512 !== main?.sha512) return 'sha512 differs from the statement';
  }
  return null;
}

export function verifyRelease(latestYml: unknown, context: VerifyContext): ReleaseVerdict {
  if (!isRecord(latestYml) || typeof latestYml.version !== 'string' || !Array.isArray(latestYml.files))
    return refuse('yml-malformed', 'latest.yml has no version or files');
  const encoded = latestYml.gridroomStatement;
  const signature = latestYml.gridroomSignature;
  if (encoded === undefined || signature === undefined || encoded === '' || signature === '')
    return refuse('signature-missing', 'latest.yml carries no gridroomStatement/gridroomSignature');
  if (typeof encoded !== 'string' || typeof signature !== 'string' || !base64Pattern.test(signature))
    return refuse('signature-invalid', 'the signature fields are not base64 text');
  const signatureBytes = Buffer.from(signature, 'base64');
  if (signatureBytes.length !== 64) return refuse('signature-invalid', 'an Ed25519 signature has 64 bytes');
  const key = parsePublicKey(context.publicKey);
  if (!key) return refuse('signature-invalid', 'no valid publisher key is pinned in this build');
  if (!base64Pattern.test(encoded)) return refuse('yml-malformed', 'gridroomStatement is not base64');
  const statementBytes = Buffer.from(encoded, 'base64');
  if (!verifySignature(null, statementBytes, key, signatureBytes))
    return refuse('signature-invalid', 'the signature does not match the pinned publisher key');

  let json: unknown;
  try {
    json = JSON.parse(statementBytes.toString('utf8'));
  } catch {
    return refuse('yml-malformed', 'the signed statement is not JSON');
  }
  const parsed = releaseStatementSchema.safeParse(json);
  if (!parsed.success) return refuse('yml-malformed', 'the signed statement does not fit its schema');
  const statement = parsed.data;

  if (statement.channel !== context.channel)
    return refuse('wrong-channel', `signed for channel ${statement.channel}, not ${context.channel}`);
  if (latestYml.version !== statement.version)
    return refuse(
      'statement-mismatch',
      `latest.yml says ${latestYml.version}, the statement ${statement.version}`,
    );
  const mismatch = sameArtifacts(latestYml, statement);
  if (mismatch) return refuse('statement-mismatch', mismatch);
  if (context.lastAcceptedIssuedAt !== null && statement.issuedAt < context.lastAcceptedIssuedAt)
    return refuse('replayed-statement', 'signed before the last statement this workstation accepted');

  const order = compareReleaseVersions(statement.version, context.runningVersion);
  if (order < 0 && !statement.pinned)
    return refuse(
      'older-version',
      `${statement.version} is older than the running ${context.runningVersion}`,
    );
  return { ok: true, statement, direction: order > 0 ? 'newer' : order === 0 ? 'same' : 'older' };
}

export type ArtifactVerdict = { ok: true } | Refused;

/** The statement's entry for a downloaded file: by its name, else the installer (`path`). */
function signedEntryFor(statement: ReleaseStatement, fileName: string | undefined) {
  if (fileName === undefined) return statement.files.find((f) => f.url === statement.path);
  return statement.files.find((f) => f.url === fileName);
}

/** Checks bytes already in memory (tests, small files) against the statement. */
export function verifyArtifact(
  artifact: { bytes: Uint8Array; name?: string },
  statement: ReleaseStatement,
): ArtifactVerdict {
  const entry = signedEntryFor(statement, artifact.name);
  if (!entry) return refuse('statement-mismatch', `${artifact.name ?? 'the file'} is not in the statement`);
  const digest = createHash('sha512').update(artifact.bytes).digest('base64');
  return compareDigest(digest, artifact.bytes.byteLength, entry);
}

function compareDigest(digest: string, size: number, entry: { url: string; sha512: string; size: number }) {
  if (size !== entry.size)
    return refuse('hash-mismatch', `${entry.url}: ${size} bytes, signed ${entry.size}`);
  if (digest !== entry.sha512)
    return refuse('hash-mismatch', `${entry.url}: sha512 differs from the signed one`);
  return { ok: true } as const;
}

/** Streams a downloaded installer through sha512 (never reads 100 MB into memory). */
export async function verifyArtifactFile(
  filePath: string,
  statement: ReleaseStatement,
): Promise<ArtifactVerdict> {
  const name = path.basename(filePath);
  const entry = signedEntryFor(statement, name) ?? signedEntryFor(statement, undefined);
  if (!entry) return refuse('statement-mismatch', `${name} is not in the statement`);
  const hash = createHash('sha512');
  let size = 0;
  try {
    for await (const chunk of createReadStream(filePath)) {
      const bytes = chunk as Buffer;
      size += bytes.byteLength;
      hash.update(bytes);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? 'file-missing' : 'hash-mismatch', `${name}: ${code ?? 'unreadable'}`);
  }
  return compareDigest(hash.digest('base64'), size, entry);
}
