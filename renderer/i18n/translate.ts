/**
 * Message lookup with `{name}` placeholders, and zh-CN / en number and time formatting in the
 * station's zone (Asia/Shanghai). Pure: the React context lives in I18nContext.ts.
 */
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Language = 'zh-CN' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** Built once per language: constructing an Intl formatter costs far more than formatting with it. */
const numberFormats: Record<Language, Intl.NumberFormat> = {
  'zh-CN': new Intl.NumberFormat('zh-CN'),
  en: new Intl.NumberFormat('en'),
};
const percentFormats: Record<Language, Intl.NumberFormat> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }),
};

export function makeTranslate(language: Language): Translate {
  const dict = dictionaries[language];
  const number = numberFormats[language];
  return (key, params) => {
    const template = dict[key] ?? zh[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}

export function formatPercent(ratio: number, language: Language): string {
  return percentFormats[language].format(ratio);
}

export function formatNumber(value: number, language: Language): string {
  return numberFormats[language].format(value);
}

const timeZone = 'Asia/Shanghai';

const perLanguage = (options: Intl.DateTimeFormatOptions): Record<Language, Intl.DateTimeFormat> => ({
  'zh-CN': new Intl.DateTimeFormat('zh-CN', options),
  en: new Intl.DateTimeFormat('en', options),
});

const timeFormats = perLanguage({ timeZone, hour: '2-digit', minute: '2-digit', hour12: false });

const dateTimeFormats = perLanguage({
  timeZone,
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function formatTime(ms: number, language: Language): string {
  return timeFormats[language].format(ms);
}

export function formatDateTime(ms: number, language: Language): string {
  return dateTimeFormats[language].format(ms);
}

export function formatDay(day: string, language: Language): string {
  const [, m, d] = day.split('-');
  return language === 'zh-CN' ? `${Number(m)}月${Number(d)}日` : `${m}/${d}`;
}
