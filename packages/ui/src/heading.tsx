import type { HTMLAttributes } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Where a widget's title sits in the host page's outline. */
export interface TitleOptions {
  /** The level of the widget's title (default 3); the widget's own sub-headings come one level below. */
  headingLevel?: HeadingLevel;
  /** Keep the title for screen readers only, when the page already shows the same words as its heading. */
  hideTitle?: boolean;
}

/** A heading at a level computed from the widget's place in the page (never below h6). */
export function Heading({ level, visuallyHidden = false, className, ...rest }: HTMLAttributes<HTMLHeadingElement> & { level: number; visuallyHidden?: boolean }) {
  const Tag = `h${Math.min(6, Math.max(2, level))}` as 'h2';
  const classes = [className, visuallyHidden ? 'wf-visually-hidden' : undefined].filter(Boolean).join(' ');
  return <Tag className={classes || undefined} {...rest} />;
}
