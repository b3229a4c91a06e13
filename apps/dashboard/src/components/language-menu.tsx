import { Button } from '@mantine/core';
import { type Language, useI18n } from '../i18n/i18n.tsx';

const languages: { value: Language; label: string }[] = [
  { value: 'id', label: 'Indonesia' },
  { value: 'en', label: 'English' },
];

/**
 * Bahasa Indonesia by default; English for those who prefer it. Remembered on this device.
 * Two plain toggle buttons: a SegmentedControl measured its sliding indicator on every render of
 * the header, a forced layout that cost a phone ~0.1 s on every first load.
 */
export function LanguageMenu() {
  const { t, language, setLanguage } = useI18n();
  return (
    <Button.Group aria-label={t.app.language}>
      {languages.map(({ value, label }) => (
        <Button
          key={value}
          size="compact-xs"
          variant={language === value ? 'filled' : 'default'}
          aria-pressed={language === value}
          onClick={() => setLanguage(value)}
        >
          {label}
        </Button>
      ))}
    </Button.Group>
  );
}
