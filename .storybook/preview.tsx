import type { Decorator, Preview } from '@storybook/react-vite';
import { exampleBrand } from '@wayfinder/ui/theme';
import { WayfinderProvider } from '@wayfinder/ui/provider';
import { localeEs } from '@wayfinder/ui/locale-es';
import { configure } from 'storybook/test';
import { sidewaysOverflow } from '../tests/support/sideways-overflow.ts';
import { timeouts } from '../tests/support/timeouts.ts';
import '@wayfinder/ui/styles.css';
import './preview.css';

// Play functions wait for states (a worker's result, a stored value); on a busy machine these can
// take longer than Testing Library's default second without anything being wrong.
configure({ asyncUtilTimeout: timeouts.wait });

/** Under the story tests (Vitest in Chromium) rather than in Storybook itself. */
const storyTests = '__vitest_browser__' in globalThis;

const withWayfinder: Decorator = (Story, context) => {
  const { theme = 'light', locale = 'en', direction = 'auto' } = context.globals as Record<string, string>;
  return (
    <WayfinderProvider
      theme={theme === 'dark' ? 'dark' : 'light'}
      brand={theme === 'brand' ? exampleBrand : undefined}
      locale={locale}
      messages={locale === 'es' ? localeEs : undefined}
      dir={direction === 'rtl' ? 'rtl' : direction === 'ltr' ? 'ltr' : undefined}
      className="sb-wayfinder-root"
    >
      <Story />
    </WayfinderProvider>
  );
};

const preview: Preview = {
  decorators: [withWayfinder],
  // Every story fits the narrowest phone (the tests show each in its window): wide content scrolls in its own box.
  afterEach: () => {
    if (!storyTests) return;
    const offenders = sidewaysOverflow();
    if (offenders.length > 0) throw new Error(`The story scrolls sideways; past the window's edge: ${offenders.slice(0, 8).join('; ')}`);
  },
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'White-label example' },
        ],
      },
    },
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'From language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'auto', ...(storyTests ? { viewport: { value: 'narrowPhone', isRotated: false } } : {}) },
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'fullscreen',
    viewport: { options: { narrowPhone: { name: 'Narrow phone (360 px)', styles: { width: '360px', height: '780px' }, type: 'mobile' } } },
  },
  tags: ['autodocs'],
};

export default preview;
