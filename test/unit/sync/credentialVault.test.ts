/**
 * The renderer's credential vault when main refuses to seal (Linux basic_text keychain): the
 * credential is not stored at all — the cache gets a `memory:` marker that names the reason
 * and never the secret — it opens from this window's memory, and a marker from an earlier
 * start (memory gone) asks for the enrolment again. A sealing keychain stores the sealed form.
 */
import type {} from '#preload/api.d.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { UnauthorisedError } from '#common/sync/syncErrors';
import { credentialFromStorage, keychainNotice, storeCredential } from '#renderer/sync/credentialVault';

const credential = '3f0c6a8e-1d2b-4c5d-8e9f-a0b1c2d3e4f5.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const secret = credential.split('.')[1]!;

function withBridge(
  seal: (plaintext: string) => unknown,
  open: (sealed: string) => unknown = () => ({ status: 'unavailable', message: 'x' }),
) {
  (globalThis as Record<string, unknown>).window = {
    gridroom: {
      credentialSeal: async (r: { plaintext: string }) => seal(r.plaintext),
      credentialOpen: async (r: { sealed: string }) => open(r.sealed),
    },
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).window;
});

describe('credentialVault', () => {
  it('a refused seal keeps the credential in memory only, never in what is stored', async () => {
    withBridge(() => ({ status: 'unavailable', reason: 'weak-backend', message: '系统钥匙串不可用' }));
    const { stored, memoryOnly } = await storeCredential(credential);
    expect(memoryOnly).toBe('weak-backend');
    expect(stored).not.toContain(secret);
    expect(keychainNotice(stored)).toBe('weak-backend');
    await expect(credentialFromStorage(stored)).resolves.toBe(credential);
  });

  it('a memory marker from an earlier start asks for the enrolment again', async () => {
    withBridge(() => ({ status: 'unavailable', reason: 'weak-backend', message: 'x' }));
    const stale = 'memory:weak-backend:3f0c6a8e-1d2b-4c5d-8e9f-000000000000';
    await expect(credentialFromStorage(stale)).rejects.toBeInstanceOf(UnauthorisedError);
    await expect(credentialFromStorage(stale)).rejects.toThrow(/重新登记/);
  });

  it('a sealing keychain stores only the sealed form', async () => {
    withBridge(
      (plaintext) => ({ status: 'ok', value: Buffer.from(`k:${plaintext}`).toString('base64') }),
      (sealed) => ({ status: 'ok', value: Buffer.from(sealed, 'base64').toString().slice(2) }),
    );
    const { stored, memoryOnly } = await storeCredential(credential);
    expect(memoryOnly).toBeNull();
    expect(stored.startsWith('sealed:')).toBe(true);
    expect(keychainNotice(stored)).toBeNull();
    await expect(credentialFromStorage(stored)).resolves.toBe(credential);
  });

  it('in a browser (no desktop bridge) it is stored as issued', async () => {
    await expect(storeCredential(credential)).resolves.toEqual({ stored: credential, memoryOnly: null });
  });
});
