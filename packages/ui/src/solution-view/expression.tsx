import { Fragment } from 'react';

/**
 * A Boolean expression as text, with a line break allowed after each `*`: a conservative term of
 * a dozen conditions is one word to the browser, which at 360 px would otherwise break it inside a
 * condition's name.
 */
export function Expression({ text, className }: { text: string; className?: string }) {
  const pieces = text.split('*');
  return (
    <code className={className}>
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {piece}
          {index < pieces.length - 1 && (
            <>
              *<wbr />
            </>
          )}
        </Fragment>
      ))}
    </code>
  );
}
