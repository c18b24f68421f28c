import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessagesProvider, useLocale, useTranslate } from './index';

const defaults = { title: 'Trip ticket', count: '{n, plural, one {# strategy} other {# strategies}}' } as const;

function Probe() {
  const t = useTranslate(defaults);
  const { dir, locale } = useLocale();
  return (
    <p data-dir={dir} data-locale={locale}>
      {t('title')} · {t('count', { n: 3 })}
    </p>
  );
}

describe('MessagesProvider', () => {
  it('uses the English defaults without a provider', () => {
    render(<Probe />);
    expect(screen.getByText('Trip ticket · 3 strategies')).toHaveAttribute('data-dir', 'ltr');
  });

  it('applies the host catalogue and derives the direction from the locale', () => {
    render(
      <MessagesProvider locale="ar" messages={{ title: 'تذكرة الرحلة', count: '{n, plural, other {# استراتيجيات}}' }}>
        <Probe />
      </MessagesProvider>,
    );
    const text = screen.getByText(/تذكرة الرحلة/);
    expect(text).toHaveAttribute('data-dir', 'rtl');
  });
});
