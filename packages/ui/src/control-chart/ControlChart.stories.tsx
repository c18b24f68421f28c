import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SpcRequest } from '@wayfinder/core/spc';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { spcStoryRequests } from '../story-data-spc';
import type { ChartSeries } from './index';
import { ControlChart } from './index';

const months = (count: number, from = 2025) => Array.from({ length: count }, (_, index) => `${from + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`);
const series = (name: string, request: Omit<SpcRequest, 'id'>): ChartSeries[] => [{ name, request }];

// Course passing in one district: all students and English learners, monthly, out of the students enrolled.
const periods = months(18);
const allPassing = [168, 171, 165, 170, 172, 166, 169, 173, 185, 188, 190, 186, 192, 191, 189, 194, 193, 195];
const elPassing = [18, 17, 19, 16, 18, 17, 19, 18, 24, 26, 25, 27, 28, 27, 29, 28, 30, 31];
const elEnrolled = [40, 41, 40, 39, 40, 41, 40, 40, 41, 42, 41, 42, 42, 41, 42, 43, 43, 43];
const passing: ChartSeries[] = [
  { name: '', request: { chart: 'p', x: periods, x_type: 'date', y: allPassing, n: allPassing.map(() => 300), multiply: 100, y_neg: false } },
  { name: 'English learners', request: { chart: 'p', x: periods, x_type: 'date', y: elPassing, n: elEnrolled, multiply: 100, y_neg: false } },
];

const meta = {
  title: 'Navigator/Control chart',
  component: ControlChart,
  args: { title: 'Course passing', series: passing, percent: true },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ControlChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const GroupsWithCyclesAndGoal: Story = {
  name: 'P chart: two groups, PDSA cycles, a pit stop and the goal',
  args: {
    focalGroup: 'English learners',
    goal: 75,
    annotations: [
      { at: '2025-09-01', label: 'PDSA 1', kind: 'pdsa' },
      { at: '2026-01-01', label: 'PDSA 2', kind: 'pdsa' },
      { at: '2025-12-01', label: 'Pit stop', kind: 'pit-stop' },
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^At Jun 2026: English learners 72\.09\s%, All students 65\s%, a gap of 7\.09 percentage points\.$/)).toBeVisible();
    // Both series shift after the cycles: nine or more points in a row above the centre line.
    const signals = canvas.getAllByText(/points in a row above the centre line/);
    await expect(signals.length).toBe(2);
    const chart = within(canvas.getByRole('group', { name: 'English learners · P chart' }));
    const points = chart.getAllByRole('img');
    await userEvent.click(points[0]!);
    await userEvent.keyboard('{End}');
    await expect(points.at(-1)).toHaveFocus();
    await expect(points.at(-1)).toHaveAccessibleName(/^Jun 2026: 72\.09\s% \(43 students\)\. Centre line/);
  },
};

export const RunChartShift: Story = {
  name: 'Run chart: a shift after point 12',
  args: { title: 'Attendance at the tutoring block', series: series('', spcStoryRequests.run_shift12!), percent: false },
};

export const RunChartNoSignal: Story = { name: 'Run chart: no signal', args: { title: 'Referrals written', series: series('', spcStoryRequests.run_random24!), percent: false } };
export const RunChartTies: Story = { name: 'Run chart: points on the median', args: { title: 'Counts', series: series('', spcStoryRequests.run_ties_median!), percent: false } };
export const IChartOutlier: Story = { name: 'I chart: one point beyond the limits', args: { title: 'Minutes of instruction', series: series('', spcStoryRequests.i_outlier!), percent: false } };
export const MovingRange: Story = { name: 'MR chart', args: { title: 'Moving ranges', series: series('', spcStoryRequests.mr_random24!), percent: false } };
export const XbarChart: Story = { name: 'X̄ chart: subgroups of five', args: { title: 'Mean score of five sampled students', series: series('', spcStoryRequests.xbar_const5!), percent: false } };
export const SChart: Story = { name: 'S chart: subgroups of five', args: { title: 'Spread of five sampled students', series: series('', spcStoryRequests.s_const5!), percent: false } };
export const TChart: Story = { name: 'T chart: days between rare events', args: { title: 'Days between suspensions', series: series('', spcStoryRequests.t_basic!), percent: false } };
export const GChart: Story = { name: 'G chart: cases between rare events', args: { title: 'School days between incidents', series: series('', spcStoryRequests.g_basic!), percent: false } };
export const CChart: Story = { name: 'C chart: counts', args: { title: 'Office referrals', series: series('', spcStoryRequests.c_basic!), percent: false } };
export const UChart: Story = { name: 'U chart: a rate per unit', args: { title: 'Referrals per 100 student days', series: series('', spcStoryRequests.u_basic!), percent: false } };
export const PChartVaryingN: Story = { name: 'P chart: varying denominators', args: { title: 'Share on track', series: series('', spcStoryRequests.p_varying_n!), percent: false } };
export const PPrimeChart: Story = { name: 'P′ chart: very large denominators', args: { title: 'Share of students absent', series: series('', spcStoryRequests.pp_nhs!), percent: false } };
export const UPrimeChart: Story = { name: 'U′ chart', args: { title: 'Complaints per enrolment', series: series('', spcStoryRequests.up_complaints!), percent: false } };

export const NoData: Story = {
  args: { series: series('', { chart: 'p', y: [], n: [] }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No values yet: enter some to see the chart.')).toBeVisible();
  },
};

export const OnePoint: Story = { args: { series: series('', { chart: 'run', x: ['2026-01-01'], x_type: 'date', y: [12] }), percent: false } };

export const MissingValues: Story = {
  name: 'Missing values and a missing denominator',
  args: { series: series('', { chart: 'p', x: months(8), x_type: 'date', y: [10, 12, null, 11, 13, 12, 14, 11], n: [40, 40, 40, null, 40, 40, 40, 40], multiply: 100 }) },
};

export const LongSeries: Story = {
  name: 'A long series (520 weeks)',
  args: {
    title: 'Weekly attendance',
    percent: false,
    series: series('', { chart: 'i', y: Array.from({ length: 520 }, (_, index) => 90 + 3 * Math.sin(index / 7) + ((index * 7919) % 13) / 6) }),
  },
};

export const PrivacyThresholds: Story = {
  name: 'Small groups hidden and flagged',
  args: {
    privacy: { hideBelow: 10, flagBelow: 20 },
    series: [{ name: 'Newcomers', request: { chart: 'p', x: months(6), x_type: 'date', y: [3, 4, 2, 6, 5, 7], n: [8, 12, 9, 15, 22, 25], multiply: 100 } }],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('img', { name: /hidden \(fewer than 10 students\)/ })).toHaveLength(2);
    await expect(canvas.getByRole('img', { name: /^Feb 2025: 33\.33\s% \(12 students\).*few students/ })).toBeInTheDocument();
  },
};

function MarkingChanges() {
  const [changes, setChanges] = useState<string[]>([]);
  const [baselineUntil, setBaselineUntil] = useState<string | null>(null);
  // A change on a period starts a part there; without changes, the baseline is frozen through the chosen period.
  const request = { ...passing[1]!.request, ...(changes.length > 0 ? { part: changes.map((day) => periods.indexOf(day)) } : baselineUntil ? { freeze: periods.indexOf(baselineUntil) + 1 } : {}) };
  return <ControlChart title="Course passing, English learners" series={[{ name: 'English learners', request }]} percent changes={changes} baselineUntil={baselineUntil} onChangesChange={setChanges} onBaselineChange={setBaselineUntil} />;
}

export const MarkAChange: Story = {
  name: 'Marking a change and freezing a baseline',
  render: () => <MarkingChanges />,
  play: async ({ canvas }) => {
    const points = canvas.getAllByRole('img');
    await userEvent.click(points[8]!);
    await userEvent.click(canvas.getByRole('button', { name: 'A change started here' }));
    await expect(canvas.getByRole('button', { name: 'A change started here' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Freeze the baseline through here' }));
    await expect(canvas.getByText(/the frozen baseline does not apply/)).toBeVisible();
  },
};
