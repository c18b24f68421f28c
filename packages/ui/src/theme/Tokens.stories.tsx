import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { TokenGroup } from './index';
import { tokens } from './index';

const groupTitles: Record<TokenGroup, string> = {
  colour: 'Colours',
  chart: 'Chart palette (colour-blind safe)',
  type: 'Type',
  space: 'Space',
  shape: 'Shape, focus and motion',
};

function Sample({ name, group }: { name: string; group: TokenGroup }) {
  if (group === 'colour' || group === 'chart') {
    return <span className="wf-token-swatch" style={{ background: `var(${name})` }} />;
  }
  if (group === 'space') return <span className="wf-token-bar" style={{ width: `var(${name})` }} />;
  if (name.startsWith('--wf-font-size')) return <span style={{ fontSize: `var(${name})` }}>Aa</span>;
  if (name.startsWith('--wf-radius')) return <span className="wf-token-swatch" style={{ borderRadius: `var(${name})`, background: 'var(--wf-color-accent-subtle)', border: '2px solid var(--wf-color-accent)' }} />;
  if (name === '--wf-shadow-raised' || name === '--wf-focus-ring') return <span className="wf-token-swatch" style={{ boxShadow: `var(${name})`, background: 'var(--wf-color-surface-raised)' }} />;
  return null;
}

function TokenTable() {
  return (
    <div className="wf-token-gallery">
      <style>{`
        .wf-token-gallery__scroll { overflow-x: auto; position: relative; margin-bottom: var(--wf-space-8); }
        .wf-token-gallery table { border-collapse: collapse; width: 100%; }
        .wf-token-gallery th, .wf-token-gallery td { text-align: start; padding: var(--wf-space-2); border-bottom: 1px solid var(--wf-color-border); vertical-align: middle; }
        .wf-token-gallery code { white-space: nowrap; font-family: var(--wf-font-family-mono); font-size: var(--wf-font-size-sm); }
        .wf-token-swatch { display: inline-block; width: 2.5rem; height: 2.5rem; border-radius: var(--wf-radius-sm); border: 1px solid var(--wf-color-border); }
        .wf-token-bar { display: inline-block; height: 0.75rem; background: var(--wf-color-accent); }
      `}</style>
      {(Object.keys(groupTitles) as TokenGroup[]).map((group) => (
        <div key={group} className="wf-token-gallery__scroll" role="region" aria-label={groupTitles[group]} tabIndex={0}>
          <table>
            <caption style={{ textAlign: 'start', fontSize: 'var(--wf-font-size-lg)', fontWeight: 'var(--wf-font-weight-bold)', paddingBlock: 'var(--wf-space-2)' }}>
              {groupTitles[group]}
            </caption>
            <thead>
              <tr>
                <th scope="col">Token</th>
                <th scope="col">Sample</th>
                <th scope="col">Use</th>
              </tr>
            </thead>
            <tbody>
              {tokens
                .filter((info) => info.group === group)
                .map((info) => (
                  <tr key={info.name}>
                    <td>
                      <code>{info.name}</code>
                    </td>
                    <td>
                      <Sample name={info.name} group={group} />
                    </td>
                    <td>{info.description}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

const meta = {
  title: 'Foundations/Theme tokens',
  component: TokenTable,
  parameters: {
    docs: {
      description: {
        component:
          'Every widget is styled only through these `--wf-*` custom properties. Override a few on `WayfinderProvider`’s `brand.tokens` (or in your own CSS on `.wf-root`) to white-label the kit. Switch the toolbar theme to see dark and the example brand.',
      },
    },
  },
} satisfies Meta<typeof TokenTable>;

export default meta;

export const AllTokens: StoryObj<typeof meta> = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('row')).toHaveLength(tokens.length + 5);
  },
};
