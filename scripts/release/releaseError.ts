/**
 * A refusal of the release CLI: its message is the one clear line the publisher reads (Chinese
 * and English). Thrown before anything is written; the CLI prints it and exits 1.
 */
export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}
