/**
 * The date pickers' month and weekday names follow the interface language: antd's locale
 * gives the pickers' own words (今天, 确定), dayjs's global locale gives the calendar's
 * (一月, 周一 — without it a Chinese screen showed "Nov", "Su Mo Tu").
 */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Language } from './translate';

export function setDayjsLanguage(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}
