import type { ReactNode } from 'react';

/**
 * `text` with a line break allowed after each of the characters in `marks` (a `<wbr>`), and the
 * same text to copy and to read aloud: a Boolean term or a name like TEACHER_RETENTION is one word
 * to the browser, which would otherwise break it anywhere once it is wider than its box.
 */
export function BreakAfter({ text, marks }: { text: string; marks: string }) {
  const parts: ReactNode[] = [];
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (!marks.includes(text[at]!)) continue;
    parts.push(text.slice(start, at + 1), <wbr key={at} />);
    start = at + 1;
  }
  parts.push(text.slice(start));
  return <>{parts}</>;
}
