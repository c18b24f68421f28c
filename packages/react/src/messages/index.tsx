import type { Messages, Translate } from '@wayfinder/core/messages';
import { createTranslator, localeDirection } from '@wayfinder/core/messages';
import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';

export interface MessagesContextValue {
  /** BCP 47 tag, e.g. `en`, `es-MX`. */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The host's words, flat over every widget's keys: a translation, or just new terminology. */
  messages: Readonly<Record<string, string>>;
}

const MessagesContext = createContext<MessagesContextValue>({ locale: 'en', dir: 'ltr', messages: {} });

export interface MessagesProviderProps {
  locale?: string;
  /** Defaults to the locale's script direction. */
  dir?: 'ltr' | 'rtl';
  messages?: Readonly<Record<string, string>>;
  children?: ReactNode;
}

export function MessagesProvider({ locale = 'en', dir, messages = {}, children }: MessagesProviderProps) {
  const value = useMemo(() => ({ locale, dir: dir ?? localeDirection(locale), messages }), [locale, dir, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

export function useLocale(): MessagesContextValue {
  return useContext(MessagesContext);
}

/**
 * A widget passes its English defaults; it gets a translator that applies the host's messages for
 * the current locale. Keys the host does not supply fall back to the defaults.
 */
export function useTranslate<M extends Messages>(defaults: M): Translate<M> {
  const { locale, messages } = useContext(MessagesContext);
  return useMemo(() => createTranslator(defaults, locale, messages as Partial<Record<keyof M, string>>), [defaults, locale, messages]);
}
