import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en } from './messages.en.ts';
import { id, type Messages } from './messages.id.ts';

export const catalogues = { id, en } as const;
export type Language = keyof typeof catalogues;

const storageKey = 'bos.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  return saved === 'en' || saved === 'id' ? saved : 'id';
}

interface I18n {
  t: Messages;
  language: Language;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    setState(next);
  }, []);
  // Screen readers pronounce the page in the language it is written in.
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${catalogues[language].app.name} · ${catalogues[language].app.dashboard}`;
  }, [language]);
  const value = useMemo(() => ({ t: catalogues[language], language, setLanguage }), [language, setLanguage]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}

/** The current catalogue. */
export function useT(): Messages {
  return useI18n().t;
}

/** A contracts/server validation message in the reader's language (unknown ones as they are). */
export function translateValidation(t: Messages, message: string | undefined): string | undefined {
  return message === undefined ? undefined : (t.validation[message] ?? message);
}
