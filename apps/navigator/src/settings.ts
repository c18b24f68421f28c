// The mini build: the app's entry parses its settings on start, and the full one would ship with it.
// It has no message catalogue, so each rule says what it wants, for a settings file that breaks it.
import * as z from 'zod/mini';

export const LANGUAGES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
] as const;

const colour = z.string('a colour as #rrggbb').check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'));

/**
 * Everything an intermediary sets to make the kit its own, as one JSON object: what the settings
 * page edits, what "Download" saves, and — validated here — the provider's `settings` (the kit's
 * `KitSettings`) as it is.
 */
export const settingsSchema = z.object(
  {
    version: z.literal(1, 'version 1'),
    theme: z.enum(['light', 'dark', 'auto'], 'light, dark or auto'),
    locale: z.enum(['en', 'es'], 'en or es'),
    productName: z.string('a text').check(z.maxLength(80, 'at most 80 characters')),
    logoUrl: z._default(z.string('a text').check(z.maxLength(2000, 'at most 2,000 characters')), ''),
    accent: z._default(z.nullable(z.object({ light: colour, dark: colour }, 'null, or a light and a dark colour')), null),
    /** Terminology: message keys of any widget or of the app, in the host's words. */
    messages: z._default(z.record(z.string(), z.string('a text'), 'message keys with their texts'), {}),
  },
  'a settings object',
);

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { version: 1, theme: 'light', locale: 'en', productName: '', logoUrl: '', accent: null, messages: {} };

/** Stored settings from an older or damaged copy fall back field by field instead of failing the app. */
export function readSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const candidate = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const merged = { ...defaultSettings };
  for (const key of ['theme', 'locale', 'productName', 'logoUrl', 'accent', 'messages'] as const) {
    const field = settingsSchema.shape[key].safeParse(candidate[key]);
    if (field.success) Object.assign(merged, { [key]: field.data });
  }
  return merged;
}
