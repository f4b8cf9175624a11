/**
 * Which safeStorage backend may seal the device credential: on Linux `basic_text` (a key
 * hard-coded in Chromium) and `unknown` count as NOT sealed, so the credential-seal and
 * credential-open handlers refuse with the reason and the renderer keeps the credential in
 * memory only. Tested with safeStorage injected (no Electron here).
 */
import { describe, expect, it } from 'vitest';
import { chooseCredentialVault, type SafeStorageLike } from '#main/credentialVault';
import { ipcHandlers, type IpcHandlerDeps } from '#main/ipcHandlers';

/** A reversible stand-in for safeStorage reporting the given backend. */
function storage(backend: string | undefined, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    ...(backend === undefined ? {} : { getSelectedStorageBackend: () => backend }),
    encryptString: (text) => Buffer.from(`enc:${text}`, 'utf8'),
    decryptString: (buffer) => buffer.toString('utf8').replace(/^enc:/, ''),
  };
}

const credential = '3f0c6a8e-1d2b-4c5d-8e9f-a0b1c2d3e4f5.abcdefghijklmnop';

function depsWith(choice: ReturnType<typeof chooseCredentialVault>): IpcHandlerDeps {
  return { vault: choice.vault, vaultReason: choice.reason ?? undefined } as IpcHandlerDeps;
}

describe('chooseCredentialVault', () => {
  it.each(['basic_text', 'unknown'])('on Linux, the %s backend is no vault', async (backend) => {
    const choice = chooseCredentialVault(storage(backend), 'linux');
    expect(choice).toMatchObject({ vault: null, reason: 'weak-backend', backend });
    const deps = depsWith(choice);
    const sealed = await ipcHandlers['credential-seal']({ plaintext: credential }, deps);
    expect(sealed).toMatchObject({ status: 'unavailable', reason: 'weak-backend' });
    expect(sealed.status === 'unavailable' && sealed.message).toMatch(/系统钥匙串不可用/);
    expect(JSON.stringify(sealed)).not.toContain(credential);
    // A credential sealed earlier with the hard-coded key is not opened either: enrol again.
    const opened = await ipcHandlers['credential-open']({ sealed: 'ZW5jOnNlY3JldA==' }, deps);
    expect(opened).toMatchObject({ status: 'unavailable', reason: 'weak-backend' });
  });

  it('on Linux a backend that does not say is no vault', () => {
    expect(chooseCredentialVault(storage(undefined), 'linux')).toMatchObject({
      vault: null,
      reason: 'weak-backend',
    });
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('on Linux, %s seals and opens', async (backend) => {
    const choice = chooseCredentialVault(storage(backend), 'linux');
    expect(choice.reason).toBeNull();
    const deps = depsWith(choice);
    const sealed = await ipcHandlers['credential-seal']({ plaintext: credential }, deps);
    expect(sealed.status).toBe('ok');
    const value = sealed.status === 'ok' ? sealed.value : '';
    expect(value).not.toContain(credential);
    expect(await ipcHandlers['credential-open']({ sealed: value }, deps)).toEqual({
      status: 'ok',
      value: credential,
    });
  });

  it('elsewhere the platform keychain seals (no backend question is asked)', () => {
    const s = storage(undefined);
    expect(chooseCredentialVault(s, 'win32').reason).toBeNull();
    expect(chooseCredentialVault(s, 'darwin').reason).toBeNull();
  });

  it('no encryption at all is no vault, with its own reason', async () => {
    const choice = chooseCredentialVault(storage('gnome_libsecret', false), 'linux');
    expect(choice).toMatchObject({ vault: null, reason: 'no-encryption' });
    expect(await ipcHandlers['credential-seal']({ plaintext: credential }, depsWith(choice))).toMatchObject({
      status: 'unavailable',
      reason: 'no-encryption',
    });
  });
});
