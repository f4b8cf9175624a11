/**
 * 民警登录: the only screen of a workstation nobody is signed in at. Badge number and PIN;
 * in demo mode (not enrolled with any centre) a visible 演示模式 label says which PIN works
 * and names a few demo officers' badges.
 */
import { Tag } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { DemoRoster } from './DemoRoster';
import { SignInForm } from './SignInForm';
import type { SignInSuccess } from './signInFlow';

export function SignInScreen({
  demo,
  onSignedIn,
}: {
  demo: boolean;
  onSignedIn(s: SignInSuccess): Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <main className="signin-screen" data-testid="signin-screen">
      <div className="signin-card">
        <h1>{t('app.title')}</h1>
        <h2>
          {t('signin.title')}
          {demo ? (
            <Tag color="gold" className="signin-demo" data-testid="signin-demo">
              {t('signin.demo')}
            </Tag>
          ) : null}
        </h2>
        {demo ? (
          <div className="muted">
            <p>{t('signin.demo.hint')}</p>
            <DemoRoster />
          </div>
        ) : null}
        <SignInForm submitLabel={t('signin.submit')} onSignedIn={onSignedIn} />
      </div>
    </main>
  );
}
