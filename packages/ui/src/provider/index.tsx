import type { StorageAdapter } from '@wayfinder/core/storage';
import { AnnouncerProvider } from '@wayfinder/react/announcer';
import { MessagesProvider } from '@wayfinder/react/messages';
import { StorageProvider } from '@wayfinder/react/stored-state';
import { localeDirection } from '@wayfinder/core/messages';
import type { CSSProperties, ReactNode } from 'react';
import { forwardRef, useMemo } from 'react';
import type { Brand, ThemeMode } from '../theme/brand';
import { brandStyle } from '../theme/brand';

export interface WayfinderProviderProps {
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
  { theme = 'light', brand, locale = 'en', messages, dir, storage, className, style, children },
  ref,
) {
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
