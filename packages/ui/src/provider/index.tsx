import type { StorageAdapter } from '@wayfinder/core/storage';
import { AnnouncerProvider } from '@wayfinder/react/announcer';
import { MessagesProvider } from '@wayfinder/react/messages';
import { StorageProvider } from '@wayfinder/react/stored-state';
import { localeDirection } from '@wayfinder/core/messages';
import type { CSSProperties, ReactNode } from 'react';
import { forwardRef, useMemo } from 'react';
import type { Brand, KitSettings, ThemeMode } from '../theme/brand';
import { brandFromSettings, brandStyle } from '../theme/brand';

export interface WayfinderProviderProps {
  /**
   * White-label settings as one object (theme, language, product name, logo, accent, words). The
   * other props, when given, win over it, except for words: the settings' `messages` go on top of
   * the `messages` prop (a language catalogue, say), so an intermediary's terms always show.
   */
  settings?: KitSettings;
  /** `light` (default), `dark`, or `auto` to follow the system setting. */
  theme?: ThemeMode;
  brand?: Brand;
  /** BCP 47 locale for messages and number formats. */
  locale?: string;
  /** Host wording: a translation, terminology, or both; flat over every widget's message keys. */
  messages?: Readonly<Record<string, string>>;
  /** Defaults to the locale's direction. */
  dir?: 'ltr' | 'rtl';
  /** Where widgets save drafts and work; without one they keep state in memory only. */
  storage?: StorageAdapter;
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
}

/**
 * The kit's root: theme tokens, brand, language, direction, live announcements and storage for
 * every widget inside. Several roots with different brands can live on one page.
 */
export const WayfinderProvider = forwardRef<HTMLDivElement, WayfinderProviderProps>(function WayfinderProvider(
  { settings, theme: themeProp, brand: brandProp, locale: localeProp, messages: messagesProp, dir, storage, className, style, children },
  ref,
) {
  const theme = themeProp ?? settings?.theme ?? 'light';
  const locale = localeProp ?? settings?.locale ?? 'en';
  const brand = useMemo(() => brandProp ?? (settings ? brandFromSettings(settings) : undefined), [brandProp, settings]);
  const messages = useMemo(() => (settings?.messages ? { ...messagesProp, ...settings.messages } : messagesProp), [settings?.messages, messagesProp]);
  const direction = dir ?? localeDirection(locale);
  const rootStyle = useMemo(() => ({ ...brandStyle(brand), ...style }), [brand, style]);
  const content = (
    <MessagesProvider locale={locale} dir={direction} messages={messages}>
      <AnnouncerProvider>{children}</AnnouncerProvider>
    </MessagesProvider>
  );
  return (
    <div
      ref={ref}
      className={className ? `wf-root ${className}` : 'wf-root'}
      data-wf-theme={theme}
      dir={direction}
      lang={locale}
      style={rootStyle}
    >
      {storage ? <StorageProvider storage={storage}>{content}</StorageProvider> : content}
    </div>
  );
});
