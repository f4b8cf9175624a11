/**
 * The signed release statement (issue 17): what the publisher's Ed25519 key signs for each
 * channel, on top of OS code signing. It travels inside the channel's `latest.yml` (electron-
 * updater's generic-provider file) as two extra fields the updater passes through untouched:
 *
 *   gridroomStatement: <base64 of the statement's canonical JSON bytes>
 *   gridroomSignature: <base64 of the 64-byte Ed25519 signature over exactly those bytes>
 *
 * The statement names the version, the channel, every artifact's sha512 and size, and whether
 * the channel is pinned (a rollback the publisher chose). The app holds the publisher's public
 * key from build time; the central API only serves files and cannot forge or replay a statement:
 * - a changed yml field or artifact no longer matches the signed statement;
 * - an older release replayed on an unpinned channel is refused (version below the running one);
 * - an older statement replayed after a newer one is refused (issuedAt below the last accepted).
 * `stagingPercentage` stays outside the signature: it only decides who receives a signed release.
 *
 * Pure and shared: the release CLI builds and signs it, main verifies it (node:crypto on both).
 */
import { z } from 'zod';

export const RELEASE_PRODUCT = 'gridroom';
/** Channel names: lower-case words, also a path segment of the update routes. */
export const channelNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/);
/** Semver without build metadata, e.g. 0.2.0 or 0.3.0-beta.1. */
export const releaseVersionSchema = z
  .string()
  .max(64)
  .regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z.-]{1,40})?$/);
/** A file name inside the channel folder: no path, no traversal, no hidden file. */
export const artifactNameSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff ._+-]*$/)
  .refine((name) => !name.includes('..'), 'no ".." in a file name');
/** electron-updater's sha512: base64 of the 64-byte digest. */
export const sha512Base64Schema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);

export const releaseArtifactSchema = z
  .object({
    url: artifactNameSchema,
    sha512: sha512Base64Schema,
    size: z.number().int().positive().max(2 * 1024 ** 3),
  })
  .strict();

export const releaseStatementSchema = z
  .object({
    product: z.literal(RELEASE_PRODUCT),
    channel: channelNameSchema,
    version: releaseVersionSchema,
    files: z.array(releaseArtifactSchema).min(1).max(20),
    /** The artifact electron-updater installs (files[].url of one entry). */
    path: artifactNameSchema,
    releaseDate: z.string().datetime(),
    /** True when the publisher pinned the channel to this version (a rollback): downgrade allowed. */
    pinned: z.boolean(),
    /** When the publisher signed it (ms since epoch); a statement older than the last accepted is a replay. */
    issuedAt: z.number().int().nonnegative(),
  })
  .strict()
  .refine((s) => s.files.some((f) => f.url === s.path), 'path must name one of files');

export type ReleaseStatement = z.infer<typeof releaseStatementSchema>;
export type ReleaseArtifact = z.infer<typeof releaseArtifactSchema>;

/** The bytes that are signed: JSON with keys in a fixed order, so signer and verifier agree. */
export function canonicalStatementBytes(statement: ReleaseStatement): Uint8Array {
  const ordered = {
    product: statement.product,
    channel: statement.channel,
    version: statement.version,
    files: statement.files.map((f) => ({ url: f.url, sha512: f.sha512, size: f.size })),
    path: statement.path,
    releaseDate: statement.releaseDate,
    pinned: statement.pinned,
    issuedAt: statement.issuedAt,
  };
  return new TextEncoder().encode(JSON.stringify(ordered));
}

/** Compares two release versions by semver precedence: negative, 0 or positive. */
export function compareReleaseVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitVersion(a);
  const [coreB = '', preB] = splitVersion(b);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (preA === undefined || preB === undefined) {
    if (preA === preB) return 0;
    return preA === undefined ? 1 : -1; // a release ranks above its pre-releases
  }
  const idsA = preA.split('.');
  const idsB = preB.split('.');
  for (let i = 0; i < Math.max(idsA.length, idsB.length); i += 1) {
    const x = idsA[i];
    const y = idsB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) {
      if (!Number.isNaN(nx)) return -1;
      if (!Number.isNaN(ny)) return 1;
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

function splitVersion(version: string): [string, string | undefined] {
  const dash = version.indexOf('-');
  return dash < 0 ? [version, undefined] : [version.slice(0, dash), version.slice(dash + 1)];
}
