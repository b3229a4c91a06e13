import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { id, type Messages } from './messages.id.ts';

export type Language = 'id' | 'en';

// Bahasa Indonesia ships with the app; English is fetched the first time it is chosen, so the
// many sellers who never switch do not download it on every first load.
let english: Messages | undefined;
const loadEnglish = async (): Promise<Messages> => {
  english ??= (await import('./messages.en.ts')).en;
  return english;
};

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
  const [wanted] = useState<Language>(initialLanguage);
  // The catalogue shown and its language change together, once English (if wanted) has arrived.
  const [shown, setShown] = useState<{ language: Language; t: Messages }>({ language: 'id', t: id });
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(storageKey, next);
    if (next === 'id') setShown({ language: 'id', t: id });
    else void loadEnglish().then((t) => setShown({ language: 'en', t }));
  }, []);
  useEffect(() => {
    if (wanted === 'en') setLanguage('en');
  }, [wanted, setLanguage]);
  // Screen readers pronounce the page in the language it is written in.
  useEffect(() => {
    document.documentElement.lang = shown.language;
    document.title = `${shown.t.app.name} · ${shown.t.app.dashboard}`;
  }, [shown]);
  const value = useMemo(() => ({ t: shown.t, language: shown.language, setLanguage }), [shown, setLanguage]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}

/**
 * Words that load with the pages using them rather than with the app, in both languages
 * (settings.ts and the like): each page brings its own, and the order list's first load carries
 * none of them.
 */
export type Sections = Record<string, { id: object; en: object }>;

/** The catalogue with those sections in the reader's language. */
export type WithSections<S extends Sections> = Messages & { [K in keyof S]: S[K]['id'] };

/** The current catalogue; with `sections`, their words too (a module-level constant: it is a memo key). */
export function useT(): Messages;
export function useT<S extends Sections>(sections: S): WithSections<S>;
export function useT(sections?: Sections): Messages {
  const { t, language } = useI18n();
  return useMemo(() => {
    if (!sections) return t;
    const shown: Record<string, unknown> = { ...t };
    for (const [name, section] of Object.entries(sections)) shown[name] = section[language];
    return shown as Messages;
  }, [t, language, sections]);
}

/** A contracts/server validation message in the reader's language (unknown ones as they are). */
export function translateValidation(t: Messages, message: string | undefined): string | undefined {
  return message === undefined ? undefined : (t.validation[message] ?? message);
}
