/**
 * Opens the briefing display from the workstation. In the desktop app the main process opens it
 * full screen on the second display when there is one (IPC `briefing-open-display`); in the
 * browser it opens `#/briefing` of this same workstation cache in a new window.
 */
export type OpenBriefingResult =
  { kind: 'display'; label: string; external: boolean } | { kind: 'window' } | { kind: 'blocked' };

/** The deck's URL for this window: same page and query (so `?ws=` keeps the same cache). */
export function briefingUrl(location: Pick<Location, 'pathname' | 'search'>): string {
  return `${location.pathname}${location.search}#/briefing`;
}

export async function openBriefing(): Promise<OpenBriefingResult> {
  const bridge = window.gridroom;
  if (bridge) {
    const reply = await bridge.briefingOpenDisplay();
    return { kind: 'display', label: reply.label, external: reply.external };
  }
  const opened = window.open(
    briefingUrl(window.location),
    'gridroom-briefing',
    'popup,width=1920,height=1080',
  );
  return opened ? { kind: 'window' } : { kind: 'blocked' };
}
