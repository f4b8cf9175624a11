/**
 * The electronic pass's shared rules (docs/architecture.md §9), asked by the review queue, the
 * centre's push check, the fusion findings and the gate alike, so they never disagree.
 *
 * Code-zone rule: a red or yellow health code may not hold a pass in a sealed (封控区) or
 * controlled (管控区) zone; a precaution zone or a normal grid allows any colour (there the
 * colour is shown, not refused). Pure.
 */
import type { ControlLevel, HealthCodeColour, PassRegistration } from '../schemas';

/** Levels where only a green code may hold a pass. */
export const greenOnlyLevels: ReadonlySet<ControlLevel> = new Set<ControlLevel>(['sealed', 'controlled']);

/** Whether a pass with this health-code colour is allowed in a grid at this control level. */
export function codeAllowedIn(colour: HealthCodeColour, level: ControlLevel): boolean {
  return colour === 'green' || !greenOnlyLevels.has(level);
}

/** Whether a pass is within its validity window at `instant` ([validFrom, validUntil)). */
export function passValidAt(pass: Pick<PassRegistration, 'validFrom' | 'validUntil'>, instant: number): boolean {
  return pass.validFrom <= instant && instant < pass.validUntil;
}

/** A pass is valid for this long from its approval unless the reviewer chooses otherwise. */
export const DEFAULT_PASS_DAYS = 7;
