import type { Meta, StoryObj } from '@storybook/react-vite';
import { defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { crowdedCell, manyRespondents, studyCoding, studyCodingEs } from '../story-data-logics';
import { LogicScoreGrid } from './index';

const meta = {
  title: 'Logics/Logic-score grid',
  component: LogicScoreGrid,
  args: { coding: studyCoding, colorBy: 'site', onSelectedChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LogicScoreGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = { args: { coding: emptyCoding(defaultScheme) } };

/** Fourteen respondents in two districts, coloured by district. */
export const Study: Story = {
  play: async ({ canvas, args }) => {
    const markers = within(canvas.getByRole('group', { name: 'Respondents' })).getAllByRole('button');
    await expect(markers).toHaveLength(14);
    // One tab stop: the top-left respondent in reading order.
    await expect(markers.filter((marker) => marker.getAttribute('tabindex') === '0')).toHaveLength(1);
    await userEvent.tab();
    const first = document.activeElement as Element;
    await expect(first.getAttribute('aria-label')).toMatch(/Racial-equity logic \+3/);
    await expect(canvas.getByRole('heading', { name: /Why (T1|T4) is here/ })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement).not.toBe(first);
    await expect((document.activeElement as Element).getAttribute('aria-label')).toMatch(/Racial-equity logic \+2/);
    await userEvent.keyboard('{End}');
    await expect((document.activeElement as Element).getAttribute('aria-label')).toMatch(/^P3 \(Westfield\): Performance logic -1, Racial-equity logic -3; low on both/);
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(canvas.getByText(/No respondent further down/)).toBeInTheDocument());
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectedChange).toHaveBeenLastCalledWith('P3');
    await expect(document.activeElement?.getAttribute('aria-pressed')).toBe('true');
    const details = canvas.getByRole('region', { name: 'Why P3 is here' });
    await expect(within(details).getByText('The system works if people just follow it.')).toBeVisible();
    await userEvent.click(within(details).getByRole('button', { name: 'Close' }));
    await expect(args.onSelectedChange).toHaveBeenLastCalledWith(null);
  },
};

export const ByRole: Story = { args: { colorBy: 'role' } };
export const Uncoloured: Story = { args: { colorBy: undefined } };
export const Selected: Story = { args: { defaultSelected: 'T3' } };
export const QuadrantNames: Story = {
  name: 'Quadrants named in the host’s words',
  args: { quadrantLabels: { 'high-high': 'Equity-minded improvers', 'low-high': 'Equity first', 'high-low': 'Performance first', 'low-low': 'Neither' } },
};
export const AxesSwapped: Story = { args: { x: 'racial-equity', y: 'performance' } };

/** Thirty respondents share one cell; every one keeps a marker of its own. */
export const ManyInOneCell: Story = {
  args: { coding: crowdedCell, colorBy: 'role' },
  play: async ({ canvas }) => {
    const markers = within(canvas.getByRole('group', { name: 'Respondents' })).getAllByRole('button');
    await expect(markers).toHaveLength(30);
    await expect(markers[0]!.getAttribute('aria-label')).toMatch(/of 30 in this cell/);
  },
};

export const TwoHundred: Story = { name: '200 respondents', args: { coding: manyRespondents(200) } };

export const SomeUncoded: Story = {
  name: 'Respondents without coded material',
  args: { coding: { ...studyCoding, respondents: [...studyCoding.respondents, { id: 'X1', label: 'New teacher', groups: { site: 'Eastbrook' } }] } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/1 respondent has no coded material and is not placed: New teacher/)).toBeVisible();
  },
};

export const UnknownLogic: Story = {
  name: 'Error: an axis names no logic of the scheme',
  args: { x: 'care' },
  parameters: { expectError: true },
};

export const Spanish: Story = { args: { coding: studyCodingEs }, globals: { locale: 'es' } };

/** Tab from a respondent being looked at (not pinned) goes on through the grid; closing pinned details returns to the respondent. */
export const TabOnward: Story = {
  name: 'Tab onward from a previewed respondent',
  play: async ({ canvas }) => {
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('heading', { name: /^Why .* is here/ })).toBeVisible();
    const previewed = document.activeElement;
    await userEvent.tab();
    const details = canvas.getByRole('region', { name: /^Why .* is here/ });
    await expect(document.activeElement).toBe(details);
    // Pinned, then closed from its details: focus goes back to the respondent, never to the page.
    await userEvent.tab({ shift: true });
    await expect(document.activeElement).toBe(previewed);
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.tab();
    await expect(document.activeElement).toBe(canvas.getByRole('button', { name: 'Close' }));
    await userEvent.keyboard('{Enter}');
    await expect(document.activeElement).toBe(previewed);
  },
};
