import { validateMessages } from '@wayfinder/core/messages';
import { isWayfinderError } from '@wayfinder/core/errors';
import { useTranslate } from '@wayfinder/react/messages';
import { FileButton } from '@wayfinder/ui/file-button';
import { localeEs } from '@wayfinder/ui/locale-es';
import { Notice } from '@wayfinder/ui/notice';
import { useId, useState } from 'react';
import { downloadText } from '../file-actions';
import { appMessages } from '../messages';
import type { Settings } from '../settings';
import { LANGUAGES, settingsSchema } from '../settings';

const THEMES = ['light', 'dark', 'auto'] as const;
/** Every key a host may reword: the widgets' (the Spanish catalogue has them all) and the app's. */
const knownKeys = { ...localeEs, ...appMessages };

function parseTerms(text: string): Record<string, string> {
  const value: unknown = text.trim() === '' ? {} : JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('write one JSON object of keys and texts');
  validateMessages(knownKeys, value as Record<string, unknown>);
  return value as Record<string, string>;
}

export function SettingsPage({ settings, onChange }: { settings: Settings; onChange: (settings: Settings) => void }) {
  const t = useTranslate(appMessages);
  const languageId = useId();
  const nameId = useId();
  const nameHelpId = useId();
  const logoHelpId = useId();
  const termsHelpId = useId();
  const [terms, setTerms] = useState(() => (Object.keys(settings.messages).length ? JSON.stringify(settings.messages, null, 2) : ''));
  const [termsError, setTermsError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const accent = settings.accent ?? { light: '#1d5fa8', dark: '#7fb4f0' };
  return (
    <article className="nav-page">
      <h1>{t('settings.title')}</h1>
      <form className="nav-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('settings.appearance')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="nav-choice">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => onChange({ ...settings, theme })} />
              {t(`settings.theme.${theme}`)}
            </label>
          ))}
        </fieldset>
        <div className="nav-field">
          <label htmlFor={languageId}>{t('settings.language')}</label>
          <select id={languageId} value={settings.locale} onChange={(event) => onChange({ ...settings, locale: event.target.value as Settings['locale'] })}>
            {LANGUAGES.map((language) => (
              <option key={language.locale} value={language.locale} lang={language.locale}>
                {language.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('settings.brand')}</legend>
          <div className="nav-field">
            <label htmlFor={nameId}>{t('settings.productName')}</label>
            <input id={nameId} type="text" maxLength={80} value={settings.productName} aria-describedby={nameHelpId} onChange={(event) => onChange({ ...settings, productName: event.target.value })} />
            <p id={nameHelpId} className="nav-help">
              {t('settings.productName.help')}
            </p>
          </div>
          <label className="nav-field">
            {t('settings.logoUrl')}
            <input type="url" value={settings.logoUrl} aria-describedby={logoHelpId} onChange={(event) => onChange({ ...settings, logoUrl: event.target.value })} />
            <span id={logoHelpId} className="nav-help">
              {t('settings.logoUrl.help')}
            </span>
          </label>
          <label className="nav-choice">
            <input type="checkbox" checked={settings.accent !== null} onChange={(event) => onChange({ ...settings, accent: event.target.checked ? accent : null })} />
            {t('settings.accent.use')}
          </label>
          {settings.accent && (
            <div className="nav-colours">
              {(['light', 'dark'] as const).map((scheme) => (
                <label key={scheme} className="nav-field">
                  {t(`settings.accent.${scheme}`)}
                  <input type="color" value={accent[scheme]} onChange={(event) => onChange({ ...settings, accent: { ...accent, [scheme]: event.target.value } })} />
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <div className="nav-field nav-field--wide">
          <label htmlFor={termsHelpId + '-input'}>{t('settings.terms')}</label>
          <textarea
            id={termsHelpId + '-input'}
            rows={5}
            value={terms}
            spellCheck={false}
            aria-describedby={termsHelpId}
            aria-invalid={termsError !== null || undefined}
            onChange={(event) => {
              const text = event.target.value;
              setTerms(text);
              try {
                onChange({ ...settings, messages: parseTerms(text) });
                setTermsError(null);
              } catch (error) {
                setTermsError(isWayfinderError(error) ? error.message.replace(/\n/g, ' ') : (error as Error).message);
              }
            }}
          />
          <p id={termsHelpId} className="nav-help">
            {t('settings.terms.help', { example: '{"tripTicket.title": "Route card"}' })}
          </p>
          {termsError && (
            <p className="nav-error" role="alert">
              {t('settings.terms.invalid', { message: termsError })}
            </p>
          )}
        </div>
        <fieldset>
          <legend>{t('settings.file')}</legend>
          <p className="nav-help">{t('settings.file.help')}</p>
          <p className="nav-actions">
            <button type="button" className="wf-button" onClick={() => downloadText(`${JSON.stringify(settings, null, 2)}\n`, 'wayfinder-settings.json')}>
              {t('app.export')}
            </button>
            <FileButton
              label={t('app.import')}
              accept=".json,application/json"
              onText={(text) => {
                try {
                  const parsed = settingsSchema.safeParse(JSON.parse(text));
                  if (!parsed.success) return setFileError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
                  setFileError(null);
                  onChange(parsed.data);
                  setTerms(Object.keys(parsed.data.messages).length ? JSON.stringify(parsed.data.messages, null, 2) : '');
                } catch (error) {
                  setFileError((error as Error).message);
                }
              }}
            />
          </p>
          {fileError && <Notice tone="error" live title={t('app.importError')}>{fileError}</Notice>}
        </fieldset>
      </form>
    </article>
  );
}
