/**
 * The one global the preload exposes to the renderer (`window.gridroom`). Shared by the
 * preload (which exposes it) and by tests (which check it exists); the renderer reads it
 * only through the typed declaration in preload/api.d.ts.
 */
export const bridgeName = 'gridroom';
