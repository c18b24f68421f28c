import { WayfinderError } from '../errors';
import type { MessageParams } from './format';
import { assertMessageSyntax, formatMessage } from './format';

/** A flat catalogue of message templates, keyed by stable ids such as `theme.light`. */
export type Messages = Readonly<Record<string, string>>;

export type Translate<M extends Messages> = (key: keyof M & string, params?: MessageParams) => string;

/**
 * Binds a catalogue to a locale. `overrides` is how a host changes the words (terminology, brand,
 * language) of any subset of keys without copying the rest.
 */
export function createTranslator<M extends Messages>(defaults: M, locale: string, overrides: Partial<Record<keyof M, string>> = {}): Translate<M> {
  return (key, params) => formatMessage(overrides[key] ?? defaults[key] ?? key, params, locale);
}

/**
 * Checks a host-supplied catalogue against the defaults: unknown keys (usually typos) and malformed
 * templates are reported together, naming each key.
 */
export function validateMessages(defaults: Messages, candidate: Readonly<Record<string, unknown>>): void {
  const issues = [];
  for (const [key, value] of Object.entries(candidate)) {
    if (!Object.hasOwn(defaults, key)) {
      issues.push({ path: [key], message: 'is not a known message key' });
    } else if (typeof value !== 'string') {
      issues.push({ path: [key], message: 'must be a string' });
    } else {
      try {
        assertMessageSyntax(value);
      } catch (error) {
        issues.push({ path: [key], message: (error as Error).message });
      }
    }
  }
  if (issues.length > 0) throw new WayfinderError('messages/invalid', 'The message catalogue has problems.', issues);
}

/** Text direction of a locale, so a provider can set `dir` without the host having to. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb'].includes(language) ? 'rtl' : 'ltr';
}
