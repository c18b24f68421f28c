import type { Issue, IssuePath, WayfinderError } from '@wayfinder/core/errors';
import { formatPath } from '@wayfinder/core/errors';
import { visuallyHidden } from '@wayfinder/react/announcer';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import type { HTMLAttributes, ReactNode } from 'react';
import { forwardRef, useId } from 'react';
import type { NoticeMessageKey } from './messages';
import { noticeMessages } from './messages';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  tone?: NoticeTone;
  title: ReactNode;
  /** Problems to list, each with where it is; typically `error.issues` of a WayfinderError. */
  issues?: readonly Issue[];
  /** An error to explain: its summary (in the reader's language when it has a key) and, unless `issues` is given, its issues. */
  error?: WayfinderError;
  /** Long lists are cut here, with a count of the rest. */
  maxIssues?: number;
  /**
   * Announce the notice when it appears: errors interrupt (`assertive`), the rest wait (`polite`).
   * Leave off for notices present from the first render.
   */
  live?: boolean;
  onDismiss?: () => void;
  children?: ReactNode;
  /** What the reader can do about it (buttons), after the problems. */
  actions?: ReactNode;
}

const glyph: Record<NoticeTone, string> = { info: 'i', success: '✓', warning: '!', error: '×' };

/** A titled message with a tone, an optional list of located problems, and an optional dismiss button. */
export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice(
  { tone = 'info', title, error, issues = error?.issues ?? [], maxIssues = 20, live = false, onDismiss, children, actions, className, ...rest },
  ref,
) {
  const t = useTranslate(noticeMessages);
  const { messages } = useLocale();
  // The kit's readers say what is wrong with a key (`issueMessages`): in the catalogue's words when
  // it has them (the Spanish one does), else in the reader's English.
  const said = (text: string, key: string | undefined, values: Issue['values']) => (key && messages[key] !== undefined ? t(key as NoticeMessageKey, values ?? {}) : text);
  // "row 3" is how the CSV readers name a spreadsheet row.
  const where = (path: IssuePath) => formatPath(path.map((part) => (typeof part === 'string' && /^row \d+$/.test(part) ? t('notice.row', { row: part.slice(4) }) : part)));
  const titleId = useId();
  const shown = issues.slice(0, maxIssues);
  const role = live ? (tone === 'error' ? 'alert' : 'status') : 'group';
  return (
    <div
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      data-tone={tone}
      className={className ? `wf-notice ${className}` : 'wf-notice'}
      {...rest}
    >
      <span className="wf-notice__glyph" aria-hidden="true">
        {glyph[tone]}
      </span>
      <div className="wf-notice__body">
        <p className="wf-notice__title" id={titleId}>
          <span style={visuallyHidden}>{t(`notice.tone.${tone}`)}: </span>
          {title}
          {issues.length > 0 && <span className="wf-notice__count"> · {t('notice.issueCount', { count: issues.length })}</span>}
        </p>
        {error && <p className="wf-notice__summary">{said(error.summary, error.said?.key, error.said?.values)}</p>}
        {children && <div className="wf-notice__content">{children}</div>}
        {shown.length > 0 && (
          <ul className="wf-notice__issues">
            {shown.map((issue, index) => (
              <li key={index}>
                {issue.path.length > 0 && <code className="wf-notice__path">{where(issue.path)}</code>} {said(issue.message, issue.key, issue.values)}
              </li>
            ))}
            {issues.length > shown.length && <li className="wf-notice__more">{t('notice.moreIssues', { count: issues.length - shown.length })}</li>}
          </ul>
        )}
        {actions && <div className="wf-notice__actions">{actions}</div>}
      </div>
      {onDismiss && (
        <button type="button" className="wf-notice__dismiss" onClick={onDismiss} aria-label={t('notice.dismiss')}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
});

export { noticeMessages, noticeMessagesEs } from './messages';
export type { NoticeMessageKey } from './messages';
