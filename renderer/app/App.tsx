/**
 * Root of the renderer: theme and locale (zh-CN first), the i18n context, and the cache gate
 * and the sign-in gate in front of the shell. The language lives here so even the cache-failure screen speaks it.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useMemo, useState } from 'react';
import { setDayjsLanguage } from '#renderer/i18n/dayjsLocale';
import { I18nContext, type I18n } from '#renderer/i18n/I18nContext';
import { makeTranslate, type Language } from '#renderer/i18n/translate';
import { CacheGate } from './CacheGate';
import { LanguageFromSettings } from './LanguageFromSettings';
import { Shell } from './Shell';
import { SignInGate } from '#renderer/features/signin';
import { draftOnSignIn } from '#renderer/features/handover';
import { appTheme } from './theme';
import './app.css';
import './focus.css';

setDayjsLanguage('zh-CN');

export function App() {
  const [language, setLanguageState] = useState<Language>('zh-CN');
  const setLanguage = useCallback((next: Language) => {
    setDayjsLanguage(next);
    setLanguageState(next);
    document.documentElement.lang = next;
  }, []);
  const i18n = useMemo<I18n>(
    () => ({ language, t: makeTranslate(language), setLanguage }),
    [language, setLanguage],
  );
  return (
    <ConfigProvider theme={appTheme} locale={language === 'zh-CN' ? zhCN : enUS}>
      <AntApp>
        <I18nContext.Provider value={i18n}>
          <CacheGate>
            <LanguageFromSettings onLanguage={setLanguage} />
            <SignInGate onHandover={draftOnSignIn}>
              <Shell />
            </SignInGate>
          </CacheGate>
        </I18nContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
}
