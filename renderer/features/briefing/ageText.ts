/** "How long ago" for the stale banner, in whole minutes, hours and minutes, or days. Pure. */
import type { Translate } from '#renderer/i18n/translate';

const MINUTE = 60_000;

export function ageText(ageMs: number, t: Translate): string {
  const minutes = Math.max(0, Math.floor(ageMs / MINUTE));
  if (minutes < 60) return t('briefing.age.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('briefing.age.hours', { h: hours, m: minutes % 60 });
  return t('briefing.age.days', { n: Math.floor(hours / 24) });
}
