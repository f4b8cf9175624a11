/**
 * Message lookup with `{name}` placeholders; numbers in placeholders are formatted for the
 * language. Pure: the React context lives in I18nContext.ts. Dates, times and numbers are
 * formatted in format.ts, re-exported here for the screens that import them from this module.
 */
import { en } from './en';
import { formatNumber, type Language } from './format';
import { zh, type MessageKey } from './zh';

export type { Language } from './format';
export { formatDateTime, formatDay, formatNumber, formatPercent, formatTime } from './format';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export function makeTranslate(language: Language): Translate {
  const dict = dictionaries[language];
  return (key, params) => {
    const template = dict[key] ?? zh[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value, language) : value;
    });
  };
}
