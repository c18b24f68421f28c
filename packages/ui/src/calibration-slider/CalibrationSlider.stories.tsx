import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { heights } from '../story-data';
import { CalibrationSlider } from './index';

const direct = { mode: 'direct', anchors: { e: 165, c: 175, i: 185 }, preset: 'qca', shape: 'logistic' } as const;

const meta = {
  title: 'QCA/Calibration slider',
  component: CalibrationSlider,
  args: { variable: 'Tall (height in cm)', values: heights, defaultSetting: direct, onMembershipsChange: fn(), onSettingChange: fn() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CalibrationSlider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DirectQca: Story = {
  name: 'Direct, QCA convention',
  play: async ({ canvas, args }) => {
    const crossover = canvas.getByRole('slider', { name: 'Crossover' });
    await expect(crossover).toHaveAttribute('aria-valuenow', '175');
    crossover.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(Number(crossover.getAttribute('aria-valuenow'))).toBeGreaterThan(175));
    await expect(args.onSettingChange).toHaveBeenCalled();
    await expect(args.onMembershipsChange).toHaveBeenCalled();
  },
};

export const ExactValues: Story = {
  name: 'Anchors typed exactly',
  play: async ({ canvas }) => {
    const field = canvas.getByRole('spinbutton', { name: 'Full inclusion' });
    await userEvent.clear(field);
    await userEvent.type(field, '190{Enter}');
    await waitFor(() => expect(canvas.getByRole('slider', { name: 'Full inclusion' })).toHaveAttribute('aria-valuenow', '190'));
  },
};

export const AnchorsKeepTheirOrder: Story = {
  name: 'Anchors keep their order',
  play: async ({ canvas, args }) => {
    const exclusion = canvas.getByRole('spinbutton', { name: 'Full exclusion' });
    await userEvent.clear(exclusion);
    await userEvent.type(exclusion, '999{Enter}');
    await expect(await canvas.findByText(/Give a value below 175/)).toHaveAttribute('role', 'alert');
    await expect(exclusion).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('slider', { name: 'Full exclusion' })).not.toHaveAttribute('aria-valuenow', '999');
    await expect(canvas.getByRole('checkbox', { name: 'Higher values mean less membership' })).not.toBeChecked();
    // Home moves the thumb that has focus, as far as its neighbour allows, not the first thumb.
    const crossover = canvas.getByRole('slider', { name: 'Crossover' });
    const exclusionThumb = canvas.getByRole('slider', { name: 'Full exclusion' });
    const exclusionBefore = exclusionThumb.getAttribute('aria-valuenow');
    crossover.focus();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(Number(crossover.getAttribute('aria-valuenow'))).toBeLessThan(175));
    await expect(exclusionThumb).toHaveAttribute('aria-valuenow', exclusionBefore!);
    await expect(args.onSettingChange).toHaveBeenCalled();
  },
};

export const FsQca: Story = { name: 'Direct, fsQCA convention', args: { defaultSetting: { ...direct, preset: 'fsqca' } } };
export const SShaped: Story = { name: 'S-shaped', args: { defaultSetting: { ...direct, shape: 's-shaped' } } };
export const Decreasing: Story = { name: 'Higher values, less membership', args: { variable: 'Short (height in cm)', defaultSetting: { ...direct, anchors: { e: 185, c: 175, i: 165 } } } };
export const Crisp: Story = { args: { defaultSetting: { mode: 'crisp', thresholds: [175] } } };
export const DirectAssignment: Story = {
  name: 'Direct assignment',
  args: { variable: 'Tall (height in cm)', defaultSetting: { mode: 'assign', thresholds: [165, 175, 185], memberships: [0, 0.33, 0.67, 1] } },
  play: async ({ canvas, args }) => {
    await expect(canvas.getAllByRole('slider')).toHaveLength(3);
    const middle = canvas.getByRole('spinbutton', { name: 'From 165 to below 175' });
    await userEvent.clear(middle);
    await userEvent.type(middle, '0.2{Enter}');
    await waitFor(() => expect(args.onSettingChange).toHaveBeenLastCalledWith({ mode: 'assign', thresholds: [165, 175, 185], memberships: [0, 0.2, 0.67, 1] }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add a threshold' }));
    await expect(canvas.getAllByRole('slider')).toHaveLength(4);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove the last threshold' }));
    await expect(canvas.getAllByRole('slider')).toHaveLength(3);
  },
};

export const AssignmentOutOfRange: Story = {
  name: 'Direct assignment, a membership above 1',
  args: { defaultSetting: { mode: 'assign', thresholds: [170], memberships: [0, 1.2] } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Membership 1.2 of interval 2 is not between 0 and 1/)).toBeVisible();
  },
};

export const Indirect: Story = {
  name: 'Indirect method',
  args: { variable: 'Tall (height in cm)', defaultSetting: { mode: 'indirect', thresholds: [165, 175, 185] } },
  play: async ({ canvas, args }) => {
    await expect(canvas.getAllByRole('slider')).toHaveLength(3);
    // Each interval's target, read-only: the regression, not the analyst, sets the memberships.
    await expect(canvas.getByText('From 165 to below 175').nextElementSibling).toHaveTextContent('0.333');
    await expect(canvas.queryByRole('spinbutton', { name: 'From 165 to below 175' })).toBeNull();
    await expect(args.onMembershipsChange).toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove the last threshold' }));
    await waitFor(() => expect(args.onSettingChange).toHaveBeenLastCalledWith({ mode: 'indirect', thresholds: [165, 175] }));
    await expect(canvas.getByText('From 175')).toBeVisible();
  },
};

export const IndirectNegative: Story = {
  name: 'Indirect method, negative values',
  args: { variable: 'Change in enrolment (%)', values: [-4, -1, 0, 2, 3, 8, 12], defaultSetting: { mode: 'indirect', thresholds: [0, 5] } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert', { name: /cannot be used/ })).toHaveTextContent(/negative/);
  },
};

export const Bell: Story = {
  name: 'Bell (average height)',
  args: { variable: 'Average height (cm)', defaultSetting: { mode: 'bell', anchors: { e1: 155, c1: 165, i1: 170, i2: 178, c2: 183, e2: 193 } } },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('slider')).toHaveLength(6);
  },
};

export const HalfMembership: Story = {
  name: 'Cases exactly on 0.5',
  args: { defaultSetting: { ...direct, anchors: { e: 165, c: heights[2]!, i: 185 } } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: /exactly on 0.5/ })).toBeVisible();
  },
};

export const Invalid: Story = {
  name: 'Anchors out of order',
  args: { defaultSetting: { ...direct, anchors: { e: 165, c: 190, i: 185 } } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert', { name: /cannot be used/ })).toHaveTextContent(/out of order/);
  },
};

export const Empty: Story = { args: { values: [] } };
