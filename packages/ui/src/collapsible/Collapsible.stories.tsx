import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { Collapsible } from './index';

const meta = {
  title: 'Layout/Collapsible section',
  component: Collapsible,
  args: {
    level: 3,
    title: 'Pit stop of Mar 3, 2027',
    status: '3 of 4 questions talked through · 2 of 3 strategies decided',
    children: <p style={{ margin: 0 }}>The stop’s checklist and strategy reviews go here. They stay mounted while the section is closed, so nothing typed is lost.</p>,
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A section a reader can fold away, so that a long page (a pit stop with three strategy reviews, a term of pit stops) reads as its headings. The heading holds the button that opens and closes it (the disclosure pattern: screen readers hear a heading level and "expanded" or "collapsed"). A closed section shows one line of status the host words, keeps its content mounted and prints open. Use it for parts of a page a team returns to, not to hide what a first-time reader must see.',
      },
    },
  },
} satisfies Meta<typeof Collapsible>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  play: async ({ canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Pit stop of Mar 3, 2027' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('heading', { level: 3 })).toContainElement(toggle);
    await expect(canvas.queryByText(/questions talked through/)).toBeNull();
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.getByText(/3 of 4 questions talked through/)).toBeVisible();
    await expect(canvas.queryByText(/stay mounted/)).not.toBeVisible();
  },
};

export const Closed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Pit stop of Mar 3, 2027', expanded: false }));
    await expect(canvas.getByText(/stay mounted/)).toBeVisible();
  },
};
