import * as z from 'zod';

export const LANGUAGES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
] as const;

export const settingsSchema = z.object({
  version: z.literal(1),
  theme: z.enum(['light', 'dark', 'auto']),
  locale: z.enum(['en', 'es']),
  productName: z.string().max(80),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { version: 1, theme: 'light', locale: 'en', productName: '' };

/** Stored settings from an older or damaged copy fall back field by field instead of failing the app. */
export function readSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const candidate = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const merged = { ...defaultSettings };
  for (const key of ['theme', 'locale', 'productName'] as const) {
    const field = settingsSchema.shape[key].safeParse(candidate[key]);
    if (field.success) Object.assign(merged, { [key]: field.data });
  }
  return merged;
}
