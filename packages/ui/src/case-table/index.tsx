import { useState } from 'react';

export interface CaseRow {
  name: string;
  values: readonly string[];
  /** Marked, e.g. a case on 0.5 or a deviant case. */
  flagged?: boolean;
}

/**
 * The values behind a chart, case by case, in a disclosure: the keyboard and screen-reader route
 * to every number. Rows are built and rendered only while it is open, so a chart redrawn on every
 * drag step does not redraw a closed table.
 */
export function CaseTable({ summary, headers, rows }: { summary: string; headers: readonly string[]; rows: () => readonly CaseRow[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="wf-case-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <table>
          <thead>
            <tr>
              {headers.map((header) => (
                <th scope="col" key={header}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows().map((row, index) => (
              <tr key={index} data-flagged={row.flagged || undefined}>
                <th scope="row">{row.name}</th>
                {row.values.map((value, column) => (
                  <td key={column}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
