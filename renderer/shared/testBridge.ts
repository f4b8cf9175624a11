/**
 * The test bridge: when a test (or a developer) defines `window.__gridroomTest` before the app
 * loads, the app registers named readiness signals on it (`waitFor('board-ready')`) so tests
 * wait for real events instead of sleeping. Without that object this module does nothing.
 */
type Bridge = Record<string, unknown> & {
  waitFor?: (name: string) => Promise<void>;
  signals?: Record<string, number>;
};

function bridge(): Bridge | undefined {
  return (window as unknown as { __gridroomTest?: Bridge }).__gridroomTest;
}

const waiting = new Map<string, Array<() => void>>();

function ensureInstalled(b: Bridge): void {
  if (b.waitFor) return;
  b.signals = {};
  b.waitFor = (name: string) =>
    new Promise<void>((resolve) => {
      if (b.signals?.[name]) return resolve();
      waiting.set(name, [...(waiting.get(name) ?? []), resolve]);
    });
}

/** Marks a readiness signal (counted, so tests can also wait for "the next" one). */
export function signal(name: string): void {
  const b = bridge();
  if (!b) return;
  ensureInstalled(b);
  b.signals = { ...b.signals, [name]: (b.signals?.[name] ?? 0) + 1 };
  for (const resolve of waiting.get(name) ?? []) resolve();
  waiting.delete(name);
}

/** Exposes a value to tests under `window.__gridroomTest[key]`. */
export function expose(key: string, value: unknown): void {
  const b = bridge();
  if (!b) return;
  ensureInstalled(b);
  b[key] = value;
}

export function testBridgeEnabled(): boolean {
  return bridge() !== undefined;
}
