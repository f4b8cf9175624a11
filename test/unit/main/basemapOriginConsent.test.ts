/**
 * A CSP widening the renderer asks for (a basemap tile server origin) happens only after the
 * user says yes in main's native dialog, which names the origin and refuses by default; a
 * malformed origin is refused without a question; keeping the granted origin or none asks
 * nothing. The dialog is injected.
 */
import { describe, expect, it, vi } from 'vitest';
import { decideTileOrigin, originDialogOptions } from '#main/basemapOriginConsent';

const TOKEN = null;

describe('decideTileOrigin', () => {
  it('widens only when the user confirms, and asks about the normalised origin', async () => {
    const confirm = vi.fn(async () => true);
    await expect(
      decideTileOrigin({ tileOrigin: 'HTTP://Tiles.Local:8080', fileToken: TOKEN }, null, confirm),
    ).resolves.toEqual({
      allowed: true,
    });
    expect(confirm).toHaveBeenCalledWith('http://tiles.local:8080');
  });

  it('a refusal is a clear refused reply naming the origin, and nothing widens', async () => {
    const confirm = vi.fn(async () => false);
    const decision = await decideTileOrigin(
      { tileOrigin: 'https://evil.example', fileToken: TOKEN },
      null,
      confirm,
    );
    expect(decision).toMatchObject({ allowed: false, reply: { status: 'refused', reason: 'declined' } });
    expect(!decision.allowed && decision.reply.message).toContain('https://evil.example');
  });

  it('a malformed origin is refused without showing the dialog', async () => {
    const confirm = vi.fn(async () => true);
    for (const tileOrigin of ['javascript:alert(1)', 'http://a b', 'ftp://tiles.local', 'http://user@host']) {
      const decision = await decideTileOrigin({ tileOrigin, fileToken: TOKEN }, null, confirm);
      expect(decision).toMatchObject({ allowed: false, reply: { reason: 'invalid-origin' } });
    }
    expect(confirm).not.toHaveBeenCalled();
  });

  it('the granted origin again, or no origin, needs no question', async () => {
    const confirm = vi.fn(async () => false);
    await expect(
      decideTileOrigin(
        { tileOrigin: 'http://tiles.local:8080', fileToken: TOKEN },
        'http://tiles.local:8080',
        confirm,
      ),
    ).resolves.toEqual({ allowed: true });
    await expect(
      decideTileOrigin({ tileOrigin: null, fileToken: TOKEN }, 'http://tiles.local:8080', confirm),
    ).resolves.toEqual({ allowed: true });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('the dialog names the origin and refuses by default and on Escape', () => {
    const options = originDialogOptions('http://tiles.local:8080');
    expect(options.message).toContain('http://tiles.local:8080');
    expect(options.buttons[options.defaultId]).toMatch(/拒绝/);
    expect(options.cancelId).toBe(options.defaultId);
  });
});
