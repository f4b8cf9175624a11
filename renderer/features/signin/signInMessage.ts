/** A failed sign-in in words for the PIN field (Chinese first, through i18n). */
import type { Translate } from '#renderer/i18n/translate';
import type { SignInFailure } from './signInFlow';

/** "4 分 59 秒" / "4 min 59 s": what is left of a lock, rounded up to the second. */
export function timeLeft(t: Translate, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes > 0
    ? t('signin.timeLeft.minutes', { minutes, seconds: seconds % 60 })
    : t('signin.timeLeft.seconds', { seconds });
}

export function signInFailureMessage(t: Translate, failure: SignInFailure, now: number): string {
  switch (failure.reason) {
    case 'wrong-pin':
      return failure.triesLeft === null
        ? t('signin.error.wrong-pin')
        : t('signin.error.wrong-pin.tries', { tries: failure.triesLeft });
    case 'unknown-badge':
      return failure.triesLeft === null
        ? t('signin.error.unknown-badge')
        : t('signin.error.unknown-badge.tries', { tries: failure.triesLeft });
    case 'locked':
      return t('signin.error.locked', { left: timeLeft(t, failure.lockedUntil - now) });
    case 'inactive':
      return t('signin.error.inactive');
    case 'display-device':
      return t('signin.error.display-device');
    case 'never-online':
      return t('signin.error.never-online');
    case 'device-unauthorised':
      return t('signin.error.device-unauthorised');
    case 'bad-input':
      return t('signin.error.bad-input');
    case 'server-error':
      return t('signin.error.server-error', { message: failure.message });
  }
}
