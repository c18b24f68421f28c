import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { Heading } from '../heading';

export interface CollapsibleProps {
  /** The heading level of the title (2–6). */
  level: number;
  /** The section's title, the words of its heading and of the button that opens and closes it. */
  title: ReactNode;
  /** One line under the title of a closed section that says where it stands (answers written, a decision); open, the section shows that itself. */
  status?: ReactNode;
  /** Whether the section starts open; it then opens and closes as its reader chooses. */
  defaultOpen?: boolean;
  /** The id of the heading, for a region or an article to be labelled by. */
  titleId?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A section a reader can fold away, so a long page reads as its headings: the heading holds a
 * button that opens and closes the section (the disclosure pattern, so screen readers hear a
 * heading and its state). A closed section keeps its content mounted, so nothing typed is lost,
 * and prints open.
 */
export function Collapsible({ level, title, status, defaultOpen = true, titleId, className, children }: CollapsibleProps) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <div className={className ? `wf-collapsible ${className}` : 'wf-collapsible'} data-open={open || undefined}>
      <Heading level={level} id={titleId} className="wf-collapsible__heading">
        <button type="button" className="wf-collapsible__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((current) => !current)}>
          <span className="wf-collapsible__chevron" aria-hidden="true" />
          {title}
        </button>
      </Heading>
      {!open && status !== undefined && <p className="wf-collapsible__status">{status}</p>}
      <div id={bodyId} className="wf-collapsible__body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
