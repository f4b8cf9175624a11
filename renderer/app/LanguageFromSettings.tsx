/** Applies the saved interface language once the cache is open, and saves later switches. */
import { useEffect } from 'react';
import { useSettings } from '#renderer/shared/useSettings';
import type { Language } from '#renderer/i18n/translate';

export function LanguageFromSettings({ onLanguage }: { onLanguage(language: Language): void }) {
  const settings = useSettings();
  useEffect(() => {
    if (settings) onLanguage(settings.language);
  }, [settings, onLanguage]);
  return null;
}
