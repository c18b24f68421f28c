import { WayfinderError } from '../errors';

/**
 * A small subset of ICU MessageFormat, enough for UI copy in any language:
 * `{name}`, `{count, plural, =0 {none} one {# case} other {# cases}}` and
 * `{role, select, lead {…} other {…}}`. `#` inside a plural branch is the number, formatted for
 * the locale. Hosts write translations as plain JSON strings in this notation.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; branches: Map<string, Part[]> };

export class MessageSyntaxError extends WayfinderError {
  override readonly name = 'MessageSyntaxError';
  constructor(template: string, position: number, what: string) {
    super('messages/syntax', `Message "${template}" is malformed at character ${position}: ${what}.`);
  }
}

function parse(template: string): Part[] {
  let pos = 0;

  function parseParts(inPlural: boolean, closing: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    while (pos < template.length) {
      const ch = template[pos]!;
      if (ch === '{') {
        flush();
        pos += 1;
        parts.push(parseArgument(inPlural));
      } else if (ch === '}') {
        if (!closing) throw new MessageSyntaxError(template, pos, 'unexpected "}"');
        flush();
        return parts;
      } else if (ch === '#' && inPlural) {
        flush();
        parts.push({ kind: 'pound' });
        pos += 1;
      } else {
        text += ch;
        pos += 1;
      }
    }
    if (closing) throw new MessageSyntaxError(template, pos, 'missing "}"');
    flush();
    return parts;
  }

  function readWord(): string {
    const match = /^\s*([^\s,{}]+)\s*/.exec(template.slice(pos));
    if (!match) throw new MessageSyntaxError(template, pos, 'expected a name');
    pos += match[0].length;
    return match[1]!;
  }

  function parseArgument(inPlural: boolean): Part {
    const name = readWord();
    if (template[pos] === '}') {
      pos += 1;
      return { kind: 'arg', name };
    }
    if (template[pos] !== ',') throw new MessageSyntaxError(template, pos, 'expected "," or "}"');
    pos += 1;
    const type = readWord();
    if (type !== 'plural' && type !== 'select') throw new MessageSyntaxError(template, pos, `unknown argument type "${type}"`);
    if (template[pos] !== ',') throw new MessageSyntaxError(template, pos, 'expected ","');
    pos += 1;
    const branches = new Map<string, Part[]>();
    for (;;) {
      while (/\s/.test(template[pos] ?? '')) pos += 1;
      if (template[pos] === '}') {
        pos += 1;
        break;
      }
      const key = readWord();
      if (template[pos] !== '{') throw new MessageSyntaxError(template, pos, `expected "{" after "${key}"`);
      pos += 1;
      // `#` means the innermost plural's number, also inside a select nested in it.
      branches.set(key, parseParts(type === 'plural' || inPlural, true));
      pos += 1;
    }
    if (!branches.has('other')) throw new MessageSyntaxError(template, pos, `${type} needs an "other" branch`);
    return { kind: type, name, branches };
  }

  return parseParts(false, false);
}

const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = parse(template);
    compiled.set(template, parts);
  }
  return parts;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, value: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

function render(parts: Part[], params: MessageParams, locale: string, pound: number | undefined): string {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'pound':
        out += pound === undefined ? '#' : pound.toLocaleString(locale);
        break;
      case 'arg': {
        const value = params[part.name];
        // A missing parameter stays visible rather than crashing a host's page over a translation slip.
        out += value === undefined ? `{${part.name}}` : typeof value === 'number' ? value.toLocaleString(locale) : value;
        break;
      }
      case 'plural': {
        const value = Number(params[part.name] ?? 0);
        const branch = part.branches.get(`=${value}`) ?? part.branches.get(pluralCategory(locale, value)) ?? part.branches.get('other')!;
        out += render(branch, params, locale, value);
        break;
      }
      case 'select': {
        const value = String(params[part.name] ?? 'other');
        out += render(part.branches.get(value) ?? part.branches.get('other')!, params, locale, pound);
        break;
      }
    }
  }
  return out;
}

export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  return render(compile(template), params, locale, undefined);
}

/** Throws `MessageSyntaxError` when a template is malformed; use it to check a host's catalogue up front. */
export function assertMessageSyntax(template: string): void {
  compile(template);
}
