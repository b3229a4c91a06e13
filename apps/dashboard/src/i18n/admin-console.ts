import { consoleEn } from './admin-console.en.ts';
import { type ConsoleMessages, consoleId } from './admin-console.id.ts';
import { useI18n } from './i18n.tsx';

/** The console pages' own copy, in the language the rest of the app shows. */
export function useConsoleT(): ConsoleMessages {
  return useI18n().language === 'en' ? consoleEn : consoleId;
}
