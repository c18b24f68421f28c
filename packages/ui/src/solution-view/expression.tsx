import { BreakAfter } from '../break-after';

/**
 * A Boolean expression as code, with a line break allowed after each `*`: a conservative term of
 * a dozen conditions is one word to the browser, which at 360 px would otherwise break it inside a
 * condition's name.
 */
export function Expression({ text, className }: { text: string; className?: string }) {
  return (
    <code className={className}>
      <BreakAfter text={text} marks="*" />
    </code>
  );
}
