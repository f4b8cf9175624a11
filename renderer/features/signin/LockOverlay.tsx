/**
 * 屏幕已锁定: an opaque overlay over the still-mounted app, so a half-typed form survives the
 * lock. While it shows, everything else in the page (the app and any drawer or modal antd put
 * in its own portal) is `inert` and aria-hidden: nothing behind it can be focused, clicked or
 * read by a screen reader. The same officer's PIN unlocks; another officer's badge and PIN is
 * a handover (交接班), decided by the gate.
 */
import { LockOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '#renderer/i18n/I18nContext';
import { SignInForm } from './SignInForm';
import type { SignInSuccess } from './signInFlow';

/** Marks every child of <body> but `keep` inert, including ones added while locked. */
function useInertOutside(keep: HTMLElement): void {
  useEffect(() => {
    const marked = new Set<HTMLElement>();
    const mark = () => {
      for (const child of Array.from(document.body.children)) {
        if (!(child instanceof HTMLElement) || child === keep || marked.has(child) || child.inert) continue;
        child.inert = true;
        child.setAttribute('aria-hidden', 'true');
        marked.add(child);
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true });
    return () => {
      observer.disconnect();
      for (const child of marked) {
        child.inert = false;
        child.removeAttribute('aria-hidden');
      }
    };
  }, [keep]);
}

interface Props {
  name: string;
  badgeNo: string;
  onSignedIn(s: SignInSuccess): Promise<void>;
}

export function LockOverlay({ name, badgeNo, onSignedIn }: Props) {
  const { t } = useI18n();
  const [host] = useState(() => {
    const el = document.createElement('div');
    el.className = 'lock-host';
    return el;
  });
  useEffect(() => {
    document.body.appendChild(host);
    return () => host.remove();
  }, [host]);
  useInertOutside(host);
  return createPortal(
    <div
      className="lock-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      data-testid="lock-screen"
      // keys typed here must not reach the app's own shortcuts (window listeners)
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="signin-card">
        <h2 id="lock-title">
          <LockOutlined /> {t('lock.title')}
        </h2>
        <p data-testid="lock-officer">{t('lock.officer', { name, badgeNo })}</p>
        <p className="muted">{t('lock.handoverHint')}</p>
        <SignInForm initialBadge={badgeNo} submitLabel={t('lock.unlock')} onSignedIn={onSignedIn} />
      </div>
    </div>,
    host,
  );
}
