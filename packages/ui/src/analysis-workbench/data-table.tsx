import type { Dataset } from '@wayfinder/core/dataset';
import { useTranslate } from '@wayfinder/react/messages';
import { useId, useState } from 'react';
import { workbenchMessages } from './messages';

/** Rows drawn at a time: a study of 100,000 cases opens as quickly as one of 20. */
const PAGE = 50;

/**
 * The data as imported, case by case, in a disclosure: what the engine reads, to check against the
 * file. Closed it renders nothing; open, it draws a page of cases at a time, with a button for more.
 */
export function DataTable({ dataset }: { dataset: Dataset }) {
  const t = useTranslate(workbenchMessages);
  const regionId = useId();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const { cases, variables } = dataset;
  const rest = cases.length - shown;
  return (
    <details className="wf-case-table wf-workbench__raw" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('workbench.raw', { cases: cases.length, variables: variables.length })}</summary>
      {open && (
        <>
          <div className="wf-scroll-hint wf-workbench__scroll" role="region" aria-labelledby={regionId} tabIndex={0}>
            <table className="wf-workbench__fits">
              <caption id={regionId}>{t('workbench.raw.caption', { shown: Math.min(shown, cases.length), cases: cases.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workbench.raw.case')}</th>
                  {variables.map((variable) => (
                    <th scope="col" key={variable.name}>
                      {variable.name}
                      <span className="wf-workbench__scale">{t('workbench.raw.scale', { scale: variable.scale })}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cases.slice(0, shown).map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.id}</th>
                    {variables.map((variable) => {
                      const value = item.values[variable.name];
                      return <td key={variable.name}>{value === undefined || value === null || Number.isNaN(value) ? '–' : String(value)}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rest > 0 && (
            <button type="button" className="wf-button" onClick={() => setShown((count) => count + PAGE)}>
              {t('workbench.raw.more', { count: Math.min(PAGE, rest), rest })}
            </button>
          )}
        </>
      )}
    </details>
  );
}
