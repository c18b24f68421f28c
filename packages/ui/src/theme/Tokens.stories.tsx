import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useLayoutEffect, useRef, useState } from 'react';
import type { TokenGroup } from './index';
import { contrastRatio, formatRatio, MINIMUM_TEXT_CONTRAST, tokens } from './index';

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

/** Text and what it sits on, as the widgets pair them; each must reach 4.5:1 in both schemes. */
const PAIRS: readonly [text: string, background: string][] = [
  ['--wf-color-text', '--wf-color-bg'],
  ['--wf-color-text', '--wf-color-surface'],
  ['--wf-color-text-muted', '--wf-color-bg'],
  ['--wf-color-text-muted', '--wf-color-surface'],
  ['--wf-color-accent', '--wf-color-bg'],
  ['--wf-color-accent', '--wf-color-surface'],
  ['--wf-color-text-on-accent', '--wf-color-accent'],
  ['--wf-color-text-on-accent', '--wf-color-accent-hover'],
  ['--wf-color-success', '--wf-color-bg'],
  ['--wf-color-warning', '--wf-color-warning-subtle'],
  ['--wf-color-danger', '--wf-color-bg'],
  ['--wf-color-danger', '--wf-color-danger-subtle'],
];

const toHex = (rgb: string) => `#${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((value) => Number(value).toString(16).padStart(2, '0')).join('')}`;

/** The ratio of each pair as the browser resolves the tokens, in the light and the dark scheme. */
function ContrastTable() {
  const probes = useRef<HTMLDivElement>(null);
  const [ratios, setRatios] = useState<Record<string, number>>({});
  useLayoutEffect(() => {
    const found: Record<string, number> = {};
    for (const probe of probes.current?.querySelectorAll<HTMLElement>('[data-pair]') ?? []) {
      const style = getComputedStyle(probe);
      found[probe.dataset['pair']!] = contrastRatio(toHex(style.color), toHex(style.backgroundColor));
    }
    setRatios(found);
  }, []);
  return (
    <div className="wf-token-gallery__scroll" role="region" aria-label="Contrast" tabIndex={0}>
      <table>
        <caption>Contrast of text tokens (WCAG AA needs {MINIMUM_TEXT_CONTRAST}:1)</caption>
        <thead>
          <tr>
            <th scope="col">Text</th>
            <th scope="col">On</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          {PAIRS.map(([text, background]) => (
            <tr key={text + background}>
              <td>
                <code>{text}</code>
              </td>
              <td>
                <code>{background}</code>
              </td>
              {(['light', 'dark'] as const).map((scheme) => {
                const ratio = ratios[`${scheme} ${text} ${background}`];
                return <td key={scheme} data-scheme={scheme}>{ratio === undefined ? '' : `${formatRatio(ratio)} ${ratio >= MINIMUM_TEXT_CONTRAST ? '✓' : '✗'}`}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div ref={probes} aria-hidden="true" style={{ position: 'absolute', inlineSize: 0, overflow: 'hidden' }}>
        {(['light', 'dark'] as const).map((scheme) => (
          <div key={scheme} className="wf-root" data-wf-theme={scheme}>
            {PAIRS.map(([text, background]) => (
              <span key={text + background} data-pair={`${scheme} ${text} ${background}`} style={{ color: `var(${text})`, background: `var(${background})` }} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

export const AllTokens: StoryObj<typeof meta> = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('row')).toHaveLength(tokens.length + 5);
  },
};

/** Every pair of text token and background the widgets use, with its ratio in each scheme: all pass AA. */
export const Contrast: StoryObj<typeof meta> = {
  render: () => <ContrastTable />,
  play: async ({ canvas }) => {
    const cells = canvas.getAllByRole('cell').filter((cell) => cell.dataset['scheme']);
    await expect(cells).toHaveLength(PAIRS.length * 2);
    for (const cell of cells) await expect(cell.textContent).toMatch(/^\d+\.\d\d:1 ✓$/);
  },
};
