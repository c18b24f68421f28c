import type { Coding, RespondentScores } from '@wayfinder/core/logics';
import { evidenceFor } from '@wayfinder/core/logics';
import { useTranslate } from '@wayfinder/react/messages';
import { useId } from 'react';
import { logicGridMessages } from './messages';
import { Heading } from '../heading';

export interface RespondentDetailsProps {
  coding: Pick<Coding, 'scheme' | 'segments'>;
  scores: RespondentScores;
  coder: string | undefined;
  signed: (value: number) => string;
  onClose?: () => void;
  headingLevel?: number;
}

/** The evidence behind one respondent's place: per logic and code, the counts and the excerpts at each pole. */
export function RespondentDetails({ coding, scores, coder, signed, onClose, headingLevel = 3 }: RespondentDetailsProps) {
  const t = useTranslate(logicGridMessages);
  const titleId = useId();
  const { respondent } = scores;
  const name = respondent.label || respondent.id;
  return (
    // Focusable, so a long account can be scrolled from the keyboard and Tab has somewhere to go after the respondent.
    <section className="wf-logic-grid__details" aria-labelledby={titleId} tabIndex={0}>
      <header className="wf-logic-grid__details-header">
        <Heading level={headingLevel} id={titleId} className="wf-logic-grid__details-title">{t('logicGrid.details.title', { name })}</Heading>
        {onClose && (
          <button type="button" className="wf-button" onClick={onClose}>
            {t('logicGrid.details.close')}
          </button>
        )}
      </header>
      {Object.keys(respondent.groups).length > 0 && (
        <p className="wf-logic-grid__groups">
          {Object.entries(respondent.groups)
            .map(([grouping, value]) => `${grouping}: ${value}`)
            .join(' · ')}
        </p>
      )}
      {coding.scheme.logics.map((logic) => (
        <div key={logic.id} className="wf-logic-grid__logic">
          <Heading level={headingLevel + 1} className="wf-logic-grid__logic-title">{t('logicGrid.details.logic', { logic: logic.label, score: signed(scores.logics[logic.id] ?? 0) })}</Heading>
          <ul className="wf-logic-grid__codes">
            {logic.codes.map((code) => {
              const counts = scores.codes[code.id]!;
              const evidence = evidenceFor(coding.segments, respondent.id, code.id, coder);
              return (
                <li key={code.id}>
                  <p className="wf-logic-grid__code">
                    <strong>{t('logicGrid.details.code', { code: code.label, score: signed(counts.score) })}</strong> <span className="wf-logic-grid__counts">{t('logicGrid.details.counts', { high: counts.high, low: counts.low })}</span>
                  </p>
                  {(['high', 'low'] as const).map((pole) => {
                    const segments = evidence[pole];
                    const uncounted = counts[pole] - segments.length;
                    if (segments.length === 0 && uncounted <= 0) return null;
                    return (
                      <div key={pole} className="wf-logic-grid__pole" data-pole={pole}>
                        <p className="wf-logic-grid__pole-label">{t('logicGrid.details.pole', { pole, label: pole === 'high' ? code.high : code.low })}</p>
                        {segments.map((segment) => (
                          <figure key={segment.id} className="wf-logic-grid__excerpt">
                            <blockquote>{segment.excerpt}</blockquote>
                            {(segment.source || segment.coder) && (
                              <figcaption>
                                {segment.source && segment.coder
                                  ? t('logicGrid.details.source', { source: segment.source, coder: segment.coder })
                                  : segment.source
                                    ? t('logicGrid.details.sourceOnly', { source: segment.source })
                                    : t('logicGrid.details.coderOnly', { coder: segment.coder })}
                              </figcaption>
                            )}
                          </figure>
                        ))}
                        {uncounted > 0 && <p className="wf-logic-grid__uncounted">{t('logicGrid.details.uncounted', { count: uncounted })}</p>}
                      </div>
                    );
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
