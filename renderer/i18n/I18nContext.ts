/** React context for the interface language; `useI18n()` gives `t` and formatting helpers. */
import { createContext, useContext } from 'react';
import { makeTranslate, type Language, type Translate } from './translate';

export interface I18n {
  language: Language;
  t: Translate;
  setLanguage(language: Language): void;
}

export const I18nContext = createContext<I18n>({
  language: 'zh-CN',
  t: makeTranslate('zh-CN'),
  setLanguage: () => {},
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
