import type { Meta, StoryObj } from '@storybook/react-vite';
import type { WayfinderError } from '@wayfinder/core/errors';
import type { Coding } from '@wayfinder/core/logics';
import { addImportedSegments, exportCoding, exportSegmentsCsv, importSegmentsCsv } from '@wayfinder/core/logics/import';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { AgreementView } from '../agreement-view';
import { CodingPanel } from '../coding-panel';
import { downloadText } from '../file-button';
import { LogicScoreGrid } from '../logic-grid';
import { Notice } from '../notice';
import { twoCoderCoding } from '../story-data-logics';

const newSegments = ['respondent,site,role,code,pole,excerpt,coder', 'T7,Westfield,teacher,justice,high,"We asked who the schedule leaves out.",Ana', 'T7,Westfield,teacher,equity,high,"Newcomers get the first seats.",Ana'].join('\n');

/**
 * A coding study with the kit's widgets: coded segments are imported from CSV (every bad row
 * named, nothing half-imported), the grid shows where respondents stand, the panel adjusts one
 * respondent's coding (picking a marker opens it), and the agreement view compares the two coders.
 */
function CodingStudy() {
  const [coding, setCoding] = useState<Coding>(twoCoderCoding);
  const [csv, setCsv] = useState(newSegments);
  const [error, setError] = useState<WayfinderError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [coder, setCoder] = useState('Ana');
  const importCsv = () => {
    const result = importSegmentsCsv(csv, coding.scheme, { idPrefix: `import-${coding.segments.length}-` });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setCoding((current) => addImportedSegments(current, result.value));
  };
  return (
    <div style={{ display: 'grid', gap: '2rem' }}>
      <section aria-labelledby="import-title" style={{ display: 'grid', gap: '0.5rem', maxWidth: '48rem' }}>
        <h2 id="import-title" style={{ margin: 0 }}>
          Coded segments
        </h2>
        <label style={{ display: 'grid', gap: '0.25rem' }}>
          Segments to add (CSV: respondent, code, pole, excerpt, coder, and any grouping columns)
          <textarea rows={4} value={csv} onChange={(event) => setCsv(event.currentTarget.value)} style={{ fontFamily: 'monospace' }} />
        </label>
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <button type="button" className="wf-button" onClick={importCsv}>
            Add these segments
          </button>
          <button type="button" className="wf-button" onClick={() => downloadText(exportSegmentsCsv(coding), 'segments.csv', 'text/csv')}>
            Download segments (CSV)
          </button>
          <button type="button" className="wf-button" onClick={() => downloadText(exportCoding(coding), 'coding.json')}>
            Download the coding (JSON)
          </button>
        </div>
        {error && <Notice tone="error" live title="The segments were not added; your coding is unchanged" issues={error.issues} />}
      </section>
      <LogicScoreGrid coding={coding} coder={coder} colorBy="site" selected={selected} onSelectedChange={setSelected} />
      <CodingPanel value={coding} onChange={setCoding} coder={coder} onCoderChange={setCoder} respondent={selected ?? coding.respondents[0]?.id ?? ''} onRespondentChange={setSelected} />
      <AgreementView coding={coding} />
    </div>
  );
}

const meta = {
  title: 'Logics/Coding study',
  component: CodingStudy,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CodingStudy>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Study: Story = {
  play: async ({ canvas }) => {
    const markers = () => within(canvas.getByRole('group', { name: 'Respondents' })).getAllByRole('button');
    await expect(markers()).toHaveLength(14);
    // A malformed file: each bad row named, nothing added.
    const csvField = canvas.getByRole('textbox', { name: /Segments to add/ });
    // Pasted, not typed: a keystroke per character re-renders the whole study and proves nothing more.
    const replaceCsv = async (text: string) => {
      await userEvent.clear(csvField);
      await userEvent.click(csvField);
      await userEvent.paste(text);
    };
    await replaceCsv('respondent,code,pole\nT7,justise,high\nT8,equity,sideways');
    await userEvent.click(canvas.getByRole('button', { name: 'Add these segments' }));
    const notice = await canvas.findByRole('alert', { name: /were not added/ });
    await expect(within(notice).getByText(/did you mean "justice"\?/)).toBeVisible();
    await expect(within(notice).getByText(/"sideways" is not a pole of Equity/)).toBeVisible();
    await expect(markers()).toHaveLength(14);
    // The good file adds a fifteenth respondent to the grid.
    await replaceCsv('respondent,site,code,pole,coder\nT7,Westfield,justice,high,Ana\nT7,Westfield,equity,high,Ana');
    await userEvent.click(canvas.getByRole('button', { name: 'Add these segments' }));
    await expect(markers()).toHaveLength(15);
    // Picking a marker opens that respondent in the panel.
    const t7 = markers().find((marker) => marker.getAttribute('aria-label')?.startsWith('T7'))!;
    await userEvent.click(t7);
    await expect(canvas.getByRole('combobox', { name: 'Respondent' })).toHaveValue('T7');
    await expect(canvas.getByRole('group', { name: 'Racial-equity logic: +2' })).toBeVisible();
  },
};
