import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator, dayFormatter, formatMessage, localeDirection, localIsoText, MessageSyntaxError, validateMessages } from './index';

describe('formatMessage', () => {
  it('substitutes arguments and formats numbers for the locale', () => {
    expect(formatMessage('{who} scored {n}', { who: 'Ana', n: 29284 }, 'en')).toBe('Ana scored 29,284');
    expect(formatMessage('{n} estudiantes', { n: 29284 }, 'es')).toBe('29.284 estudiantes');
  });

  it('chooses plural branches by exact value, then by the locale rule', () => {
    const template = '{count, plural, =0 {no cases} one {# case} other {# cases}}';
    expect(formatMessage(template, { count: 0 })).toBe('no cases');
    expect(formatMessage(template, { count: 1 })).toBe('1 case');
    expect(formatMessage(template, { count: 1200 })).toBe('1,200 cases');
  });

  it('supports select, nested inside plural', () => {
    const template = '{count, plural, one {{role, select, lead {# lead} other {# person}}} other {# people}}';
    expect(formatMessage(template, { count: 1, role: 'lead' })).toBe('1 lead');
    expect(formatMessage(template, { count: 1, role: 'x' })).toBe('1 person');
    expect(formatMessage(template, { count: 3 })).toBe('3 people');
  });

  it('keeps a missing argument visible instead of throwing', () => {
    expect(formatMessage('Hello {name}')).toBe('Hello {name}');
  });

  it('rejects malformed templates with a typed error naming the position', () => {
    expect(() => formatMessage('Hello {name')).toThrow(MessageSyntaxError);
    expect(() => formatMessage('a } b')).toThrow(/character 2: unexpected "}"/);
    expect(() => formatMessage('{n, plural, one {x}}')).toThrow(/needs an "other" branch/);
    expect(() => formatMessage('{n, number}')).toThrow(/unknown argument type "number"/);
  });

  it('returns text without braces unchanged', () => {
    fc.assert(fc.property(fc.string().filter((s) => !/[{}]/.test(s)), (text) => formatMessage(text) === text));
  });
});

describe('createTranslator', () => {
  const defaults = { greeting: 'Hello {name}', product: 'Wayfinder' } as const;

  it('prefers host overrides and falls back to defaults', () => {
    const t = createTranslator(defaults, 'en', { product: 'Harbor Navigator' });
    expect(t('product')).toBe('Harbor Navigator');
    expect(t('greeting', { name: 'Lee' })).toBe('Hello Lee');
  });

  it('validates a host catalogue: unknown keys and bad templates are named', () => {
    expect(() => validateMessages(defaults, { greting: 'Hi', product: '{oops' })).toThrow(/greting: is not a known message key[\s\S]*product: /);
    expect(() => validateMessages(defaults, { product: 'Harbor' })).not.toThrow();
  });
});

describe('localeDirection', () => {
  it('knows right-to-left scripts', () => {
    expect(localeDirection('ar-EG')).toBe('rtl');
    expect(localeDirection('he')).toBe('rtl');
    expect(localeDirection('es-MX')).toBe('ltr');
  });
});

describe('localIsoText', () => {
  it('writes a moment on the reader’s own clock: the day and time the Date says locally', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const at of [new Date(2026, 11, 7, 23, 30, 5), new Date(2026, 0, 1, 0, 0, 0), new Date(Date.UTC(2026, 5, 30, 12))]) {
      expect(localIsoText(at).slice(0, 19)).toBe(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`);
    }
  });
});

describe('dayFormatter', () => {
  it('says a calendar day in the reader’s language, the same day in every time zone, and leaves other text as it is', () => {
    expect(dayFormatter('en')('2026-12-06')).toBe('Dec 6, 2026');
    expect(dayFormatter('es')('2026-01-01')).toBe('1 ene 2026');
    expect(dayFormatter('en')('2026-12-')).toBe('2026-12-');
  });
});
