import { SegmentedControl } from '@mantine/core';
import { type Language, useI18n } from '../i18n/i18n.tsx';

/** Bahasa Indonesia by default; English for those who prefer it. Remembered on this device. */
export function LanguageMenu() {
  const { t, language, setLanguage } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t.app.language}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={[
        { value: 'id', label: 'Indonesia' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
