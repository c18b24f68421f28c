import { useTranslate } from '@wayfinder/react/messages';
import { useId } from 'react';
import { appMessages } from '../messages';
import type { Settings } from '../settings';
import { LANGUAGES } from '../settings';

const THEMES = ['light', 'dark', 'auto'] as const;

export function SettingsPage({ settings, onChange }: { settings: Settings; onChange: (settings: Settings) => void }) {
  const t = useTranslate(appMessages);
  const languageId = useId();
  const nameId = useId();
  const nameHelpId = useId();
  return (
    <article className="nav-page">
      <h1>{t('settings.title')}</h1>
      <form className="nav-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('settings.appearance')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="nav-choice">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => onChange({ ...settings, theme })}
              />
              {t(`settings.theme.${theme}`)}
            </label>
          ))}
        </fieldset>
        <div className="nav-field">
          <label htmlFor={languageId}>{t('settings.language')}</label>
          <select
            id={languageId}
            value={settings.locale}
            onChange={(event) => onChange({ ...settings, locale: event.target.value as Settings['locale'] })}
          >
            {LANGUAGES.map((language) => (
              <option key={language.locale} value={language.locale} lang={language.locale}>
                {language.name}
              </option>
            ))}
          </select>
        </div>
        <div className="nav-field">
          <label htmlFor={nameId}>{t('settings.productName')}</label>
          <input
            id={nameId}
            type="text"
            maxLength={80}
            value={settings.productName}
            aria-describedby={nameHelpId}
            onChange={(event) => onChange({ ...settings, productName: event.target.value })}
          />
          <p id={nameHelpId} className="nav-help">
            {t('settings.productName.help')}
          </p>
        </div>
      </form>
    </article>
  );
}
