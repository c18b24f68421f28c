import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { accentContrast, accentTokens } from '@wayfinder/ui/theme';
import { useId, useState } from 'react';
import { appMessages } from '../messages';

const HEX = /^#[0-9a-f]{6}$/i;

interface AccentFieldProps {
  scheme: 'light' | 'dark';
  label: string;
  value: string;
  /** Called only with a colour that reads as text on its page; anything else stays in the field, not applied. */
  onChange: (colour: string) => void;
}

/**
 * One scheme's accent colour: a swatch to pick it, the hex to type it, a sample of a button in it,
 * and its contrast with the page. A colour too faint for text is shown with its ratio and not applied.
 */
export function AccentField({ scheme, label, value, onChange }: AccentFieldProps) {
  const t = useTranslate(appMessages);
  const { locale } = useLocale();
  const id = useId();
  const [draft, setDraft] = useState(value);
  // A colour arriving from elsewhere (a settings file opened) replaces what the field shows.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(value);
  }
  const valid = HEX.test(draft);
  const contrast = valid ? accentContrast(draft, scheme) : null;
  // Floored, so a colour just short of 4.5:1 never reads as passing.
  const ratio = contrast ? `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.floor(contrast.ratio * 100) / 100)}:1` : '';
  const take = (colour: string) => {
    setDraft(colour);
    if (HEX.test(colour) && accentContrast(colour, scheme).enough) onChange(colour.toLowerCase());
  };
  const sample = valid ? accentTokens({ light: draft, dark: draft }) : null;
  return (
    <div className="nav-field">
      <label htmlFor={`${id}-hex`}>{label}</label>
      <div className="nav-colour">
        <input type="color" aria-label={t('settings.accent.picker', { name: label })} value={valid ? draft.toLowerCase() : value} onChange={(event) => take(event.currentTarget.value)} />
        <input
          id={`${id}-hex`}
          className="nav-colour__hex"
          value={draft}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={!contrast?.enough || undefined}
          aria-describedby={`${id}-contrast`}
          onChange={(event) => take(event.currentTarget.value.trim())}
        />
        {sample && (
          <span className="nav-colour__sample" aria-hidden="true" style={{ background: draft, color: sample['--wf-color-text-on-accent'][scheme] }}>
            {t('settings.accent.sample')}
          </span>
        )}
      </div>
      <p id={`${id}-contrast`} className={contrast?.enough ? 'nav-help' : 'nav-error'} aria-live="polite">
        {!valid ? t('settings.accent.hex') : contrast?.enough ? t('settings.accent.ratio', { ratio }) : t('settings.accent.tooFaint', { ratio, shade: scheme === 'light' ? 'darker' : 'lighter' })}
      </p>
    </div>
  );
}
