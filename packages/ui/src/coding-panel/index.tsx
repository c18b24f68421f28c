import type { Coding, Segment } from '@wayfinder/core/logics';
import { addRespondent, addSegment, codersOf, removeSegment, scoreCoding, setPoleTotal } from '@wayfinder/core/logics';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useId, useMemo, useState } from 'react';
import { CountField } from './count-field';
import { codingPanelMessages } from './messages';
import { RespondentForm } from './respondent-form';
import { SegmentForm } from './segment-form';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface CodingPanelProps extends TitleOptions {
  value?: Coding;
  defaultValue?: Coding;
  onChange?: (coding: Coding) => void;
  /** The coder whose counts and excerpts are shown and entered; by default the first coder in the material. */
  coder?: string;
  defaultCoder?: string;
  onCoderChange?: (coder: string) => void;
  /** The respondent being coded, by id; by default the first. */
  respondent?: string;
  defaultRespondent?: string;
  onRespondentChange?: (respondentId: string) => void;
  /** Groupings asked for when a respondent is added; by default those already in use, else site and role. */
  groupings?: readonly string[];
  readOnly?: boolean;
  /** Ids for new excerpts; random UUIDs by default. */
  newId?: () => string;
  className?: string;
}

/**
 * Enter or adjust one respondent's coding: the count at each pole of each code (typed, or stepped
 * with the arrow keys), the excerpts behind them, and the scores that follow. Counts are kept per
 * coder so that two coders' work can be compared.
 */
export const CodingPanel = withErrorBoundary(function CodingPanel({ readOnly = false, newId = () => globalThis.crypto.randomUUID(), className, headingLevel = 3, hideTitle = false, ...control }: CodingPanelProps) {
  const t = useTranslate(codingPanelMessages);
  const { locale } = useLocale();
  const announce = useAnnounce();
  const titleId = useId();
  const [coding, setCoding] = useControllableState<Coding>({ value: control.value, defaultValue: control.defaultValue as Coding, onChange: control.onChange });
  const [coder, setCoder] = useControllableState<string>({ value: control.coder, defaultValue: control.defaultCoder ?? codersOf(coding)[0] ?? '', onChange: control.onCoderChange });
  const [respondentId, setRespondentId] = useControllableState<string>({ value: control.respondent, defaultValue: control.defaultRespondent ?? coding.respondents[0]?.id ?? '', onChange: control.onRespondentChange });
  const [removed, setRemoved] = useState<Segment | null>(null);
  const signedFormat = useMemo(() => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }), [locale]);
  const signed = (value: number) => signedFormat.format(value);

  // Work is kept under the coder's name: nothing is counted or excerpted until there is one.
  const coderName = coder.trim();
  const unnamed = coderName === '';
  const locked = readOnly || unnamed;
  const respondent = coding.respondents.find((candidate) => candidate.id === respondentId) ?? coding.respondents[0];
  const scores = useMemo(() => scoreCoding(coding, { coder: coderName }), [coding, coderName]);
  const mine = scores.find((entry) => entry.respondent.id === respondent?.id);
  const segments = respondent ? coding.segments.filter((segment) => segment.respondent === respondent.id && segment.coder === coderName) : [];
  const codeLabel = (id: string) => coding.scheme.logics.flatMap((logic) => logic.codes).find((code) => code.id === id)?.label ?? id;
  const groupings = control.groupings ?? (() => {
    const inUse = [...new Set(coding.respondents.flatMap((entry) => Object.keys(entry.groups)))];
    return inUse.length > 0 ? inUse : ['site', 'role'];
  })();

  return (
    <section className={className ? `wf-coding ${className}` : 'wf-coding'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-coding__title">
        {t('codingPanel.title')}
      </Heading>
      <div className="wf-coding__toolbar">
        {coding.respondents.length > 0 && (
          <label className="wf-coding__field">
            {t('codingPanel.respondent')}
            <select value={respondent?.id} onChange={(event) => setRespondentId(event.currentTarget.value)}>
              {coding.respondents.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label && option.label !== option.id ? `${option.label} (${option.id})` : option.id}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="wf-coding__field">
          <label htmlFor={`${titleId}-coder`}>{t('codingPanel.coder')}</label>
          <input
            id={`${titleId}-coder`}
            value={coder}
            readOnly={readOnly}
            required
            aria-describedby={`${titleId}-coder-hint`}
            onChange={(event) => setCoder(event.currentTarget.value)}
            list={`${titleId}-coders`}
            autoComplete="off"
          />
          <datalist id={`${titleId}-coders`}>
            {codersOf(coding).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <span className="wf-coding__hint" id={`${titleId}-coder-hint`} data-warning={(!readOnly && unnamed) || undefined}>
            {t(!readOnly && unnamed ? 'codingPanel.nameFirst' : 'codingPanel.coderHint')}
          </span>
        </div>
      </div>
      {!respondent || !mine ? (
        <p className="wf-coding__empty">{t('codingPanel.noRespondents')}</p>
      ) : (
        <>
          {coding.scheme.logics.map((logic) => (
            <fieldset key={logic.id} className="wf-coding__logic">
              <legend>{t('codingPanel.logic', { logic: logic.label, score: signed(mine.logics[logic.id] ?? 0) })}</legend>
              <table className="wf-coding__table">
                <thead>
                  <tr>
                    <th scope="col">{t('codingPanel.code')}</th>
                    <th scope="col">{t('codingPanel.high')}</th>
                    <th scope="col">{t('codingPanel.low')}</th>
                    <th scope="col">{t('codingPanel.score')}</th>
                  </tr>
                </thead>
                <tbody>
                  {logic.codes.map((code) => {
                    const counts = mine.codes[code.id]!;
                    return (
                      <tr key={code.id}>
                        <th scope="row">
                          {code.label}
                          {code.description && <span className="wf-coding__hint">{code.description}</span>}
                        </th>
                        {(['high', 'low'] as const).map((pole) => (
                          <td key={pole}>
                            <CountField
                              label={t('codingPanel.countLabel', { code: code.label, pole, label: pole === 'high' ? code.high : code.low })}
                              total={counts[pole]}
                              excerpts={segments.filter((segment) => segment.code === code.id && segment.pole === pole).length}
                              readOnly={locked}
                              onCommit={(total) => {
                                const next = setPoleTotal(coding, { respondent: respondent.id, code: code.id, coder: coderName, pole }, total);
                                setCoding(next);
                                const after = { ...counts, [pole]: total };
                                announce(t('codingPanel.changed', { code: code.label, high: after.high, low: after.low, score: signed(Math.sign(after.high - after.low)) }));
                              }}
                            />
                          </td>
                        ))}
                        <td className="wf-coding__score" data-score={counts.score}>
                          {signed(counts.score)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </fieldset>
          ))}
          <div className="wf-coding__segments">
            <Heading level={headingLevel + 1}>{t('codingPanel.segments', { count: segments.length })}</Heading>
            {removed && (
              <p className="wf-coding__undo">
                {t('codingPanel.removed')}{' '}
                <button
                  type="button"
                  className="wf-button"
                  onClick={() => {
                    setCoding((current) => addSegment(current, removed));
                    setRemoved(null);
                    announce(t('codingPanel.restored'));
                  }}
                >
                  {t('codingPanel.undo')}
                </button>
              </p>
            )}
            {segments.length > 0 && (
              <ul>
                {segments.map((segment) => (
                  <li key={segment.id} className="wf-coding__segment" data-pole={segment.pole}>
                    <p className="wf-coding__segment-code">{t('codingPanel.segment', { code: codeLabel(segment.code), pole: segment.pole })}</p>
                    <blockquote>{segment.excerpt}</blockquote>
                    {segment.source && <p className="wf-coding__hint">{segment.source}</p>}
                    {!locked && (
                      <button
                        type="button"
                        className="wf-button"
                        aria-label={t('codingPanel.removeLabel', { excerpt: segment.excerpt.length > 60 ? `${segment.excerpt.slice(0, 60)}…` : segment.excerpt })}
                        onClick={() => {
                          setCoding((current) => removeSegment(current, segment.id));
                          setRemoved(segment);
                          announce(t('codingPanel.removed'));
                        }}
                      >
                        {t('codingPanel.remove')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {!locked && (
              <SegmentForm
                scheme={coding.scheme}
                onAdd={(segment) => {
                  setCoding((current) => addSegment(current, { ...segment, id: newId(), respondent: respondent.id, coder: coderName }));
                  announce(t('codingPanel.added', { code: codeLabel(segment.code) }));
                }}
              />
            )}
          </div>
        </>
      )}
      {!readOnly && (
        <RespondentForm
          groupings={groupings}
          taken={(id) => coding.respondents.some((known) => known.id === id)}
          onAdd={(added) => {
            setCoding((current) => addRespondent(current, added));
            setRespondentId(added.id);
            announce(t('codingPanel.respondentAdded', { name: added.label }));
          }}
        />
      )}
    </section>
  );
});

export { codingPanelMessages, codingPanelMessagesEs } from './messages';
export type { CodingPanelMessageKey } from './messages';
