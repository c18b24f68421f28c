// The mini build: the app's entry parses its settings on start, and the full one would ship with it.
// It has no message catalogue, so each rule says what it wants, for a settings file that breaks it.
import type { Issue, Result } from '@wayfinder/core/errors';
import { WayfinderError } from '@wayfinder/core/errors';
import { whereJsonBreaks } from '@wayfinder/core/issue-messages';
import { formatMessage, validateMessages } from '@wayfinder/core/messages';
import { localeEs } from '@wayfinder/ui/locale-es';
import { accentIssues } from '@wayfinder/ui/theme';
import * as z from 'zod/mini';
import { appMessages } from './messages';

export const LANGUAGES = [
  { locale: 'en', name: 'English' },
  { locale: 'es', name: 'Español' },
] as const;

type Values = Readonly<Record<string, string | number>>;
type SettingsIssueKey = Extract<keyof typeof appMessages, `settings.issue.${string}`>;

/** A rule of the settings in the app's words: English here, and a key so the page can say it in the reader's language. */
const words = (key: SettingsIssueKey, values: Values = {}) => formatMessage(appMessages[key], values);
const settingsIssue = (path: Issue['path'], key: SettingsIssueKey, values: Values = {}): Issue => ({ path, message: words(key, values), key, values });
const RULES = ['settings.issue.version', 'settings.issue.theme', 'settings.issue.locale', 'settings.issue.text', 'settings.issue.length80', 'settings.issue.length2000', 'settings.issue.colour', 'settings.issue.accent', 'settings.issue.messages', 'settings.issue.object'] as const;
// A zod rule keeps its message as text only: each rule's key is found again from its words.
const ruleKey = new Map<string, SettingsIssueKey>(RULES.map((key) => [words(key), key]));

const colour = z.string(words('settings.issue.colour')).check(z.regex(/^#[0-9a-fA-F]{6}$/, words('settings.issue.colour')));

/** An object's own message for the wrong type, and the names of keys it does not know. */
const objectError = (wanted: string) => (issue: { code?: string; keys?: readonly string[] }) =>
  issue.code === 'unrecognized_keys' ? words('settings.issue.unknownFields', { count: issue.keys?.length ?? 0, fields: (issue.keys ?? []).join(', ') }) : wanted;

/**
 * Everything an intermediary sets to make the kit its own, as one JSON object: what the settings
 * page edits, what "Download" saves, and — validated here — the provider's `settings` (the kit's
 * `KitSettings`) as it is. A field it does not know is refused, not dropped.
 */
export const settingsSchema = z.strictObject(
  {
    version: z.literal(1, words('settings.issue.version')),
    theme: z.enum(['light', 'dark', 'auto'], words('settings.issue.theme')),
    locale: z.enum(['en', 'es'], words('settings.issue.locale')),
    productName: z.string(words('settings.issue.text')).check(z.maxLength(80, words('settings.issue.length80'))),
    logoUrl: z._default(z.string(words('settings.issue.text')).check(z.maxLength(2000, words('settings.issue.length2000'))), ''),
    accent: z._default(z.nullable(z.strictObject({ light: colour, dark: colour }, { error: objectError(words('settings.issue.accent')) })), null),
    /** Terminology: message keys of any widget or of the app, in the host's words. */
    messages: z._default(z.record(z.string(), z.string(words('settings.issue.text')), words('settings.issue.messages')), {}),
  },
  { error: objectError(words('settings.issue.object')) },
);

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { version: 1, theme: 'light', locale: 'en', productName: '', logoUrl: '', accent: null, messages: {} };

/** Every key a host may reword: the widgets' (the Spanish catalogue has them all) and the app's. */
const knownKeys = { ...localeEs, ...appMessages };

/** The host's words, checked as the provider will use them: known keys, templates that parse. */
export function termsIssues(messages: Readonly<Record<string, unknown>>): Issue[] {
  try {
    validateMessages(knownKeys, messages);
    return [];
  } catch (error) {
    if (!(error instanceof WayfinderError)) throw error;
    const keyed: Record<string, SettingsIssueKey> = { 'is not a known message key': 'settings.issue.unknownKey', 'must be a string': 'settings.issue.notText' };
    return error.issues.map((issue) => (keyed[issue.message] ? settingsIssue(['messages', ...issue.path], keyed[issue.message]!) : { ...issue, path: ['messages', ...issue.path] }));
  }
}

const invalid = (issues: readonly Issue[]): Result<Settings> => ({
  ok: false,
  error: new WayfinderError('settings/invalid', words('settings.issue.problems', { count: issues.length }), issues, { key: 'settings.issue.problems', values: { count: issues.length } }),
});

/**
 * The one check of settings, wherever they come from (the browser's storage, a settings file):
 * the shape, then the words. A copy that fails is refused whole, never patched field by field.
 */
export function readSettings(value: unknown): Result<Settings> {
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) {
    return invalid(
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        if (issue.code === 'unrecognized_keys') return settingsIssue(path, 'settings.issue.unknownFields', { count: issue.keys.length, fields: issue.keys.join(', ') });
        const key = ruleKey.get(issue.message);
        return key ? settingsIssue(path, key) : { path, message: issue.message };
      }),
    );
  }
  // The words as given, not as parsed: zod drops a "__proto__" key without a word, and it is no message key.
  const words = termsIssues((value as { messages?: Record<string, unknown> }).messages ?? {});
  return words.length > 0 ? invalid(words) : { ok: true, value: parsed.data };
}

/** A settings file's text, read by the same rules as stored settings. */
export function importSettings(text: string): Result<Settings> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const at = whereJsonBreaks(text);
    return invalid([at === 'end' || at === 'empty' ? settingsIssue([], 'settings.issue.notJsonEnd') : settingsIssue([], 'settings.issue.notJsonAt', at)]);
  }
  const read = readSettings(value);
  // A new file's accent too faint to read as text is refused with its ratio. Settings stored
  // before the rule keep theirs: the provider shows the kit's accent instead, and the settings
  // page says why.
  const faint = read.ok && read.value.accent ? accentIssues(read.value.accent) : [];
  return faint.length > 0 ? invalid(faint) : read;
}
