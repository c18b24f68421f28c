import type { Issue, WayfinderError } from '@wayfinder/core/errors';
import type { Translate } from '@wayfinder/core/messages';
import { whereJsonBreaks } from '@wayfinder/core/issue-messages';
import { useTranslate } from '@wayfinder/react/messages';
import { downloadText, FileButton } from '@wayfinder/ui/file-button';
import { Notice } from '@wayfinder/ui/notice';
import { useId, useState } from 'react';
import { appMessages } from '../messages';
import { AccentField } from './AccentField';
import type { StoredStateMeta } from '@wayfinder/react/stored-state';
import type { Settings } from '../settings';
import type { Sharing } from '../sharing';
import { SharingSettings } from './SharingSettings';
import { importSettings, LANGUAGES, termsIssues } from '../settings';

const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * The terms box's text as messages, or what is wrong with it (the same check as a settings
 * file's); a `problem` of null means the text is JSON but not one object of keys and texts.
 */
function parseTerms(text: string, t: Translate<typeof appMessages>): { ok: true; messages: Record<string, string> } | { ok: false; problem: string | null } {
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    const at = whereJsonBreaks(text);
    return { ok: false, problem: at === 'end' || at === 'empty' ? t('settings.terms.unfinished') : t('settings.terms.breaksAt', at) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: null };
  const issues = termsIssues(value as Record<string, unknown>);
  const said = (issue: Issue) => (issue.key && issue.key in appMessages ? t(issue.key as keyof typeof appMessages, issue.values ?? {}) : issue.message);
  if (issues.length > 0) return { ok: false, problem: issues.map((issue) => `${issue.path.slice(1).join('.')}: ${said(issue)}`).join('; ') };
  return { ok: true, messages: value as Record<string, string> };
}

export interface SettingsPageProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** False while the stored settings load or cannot be read: nothing typed here could be saved. */
  editable: boolean;
  /** How the journey is shared with the team, on or stopped (kept on this device, apart from the settings). */
  sharing: Sharing | null;
  onSharingChange: (sharing: Sharing | null) => void;
  sharingMeta: StoredStateMeta<Sharing | null>;
}

export function SettingsPage({ settings, onChange, editable, sharing, onSharingChange, sharingMeta }: SettingsPageProps) {
  const t = useTranslate(appMessages);
  const languageId = useId();
  const nameId = useId();
  const nameHelpId = useId();
  const logoHelpId = useId();
  const termsHelpId = useId();
  const [terms, setTerms] = useState(() => (Object.keys(settings.messages).length ? JSON.stringify(settings.messages, null, 2) : ''));
  const [termsError, setTermsError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<WayfinderError | null>(null);
  const accent = settings.accent ?? { light: '#1d5fa8', dark: '#7fb4f0' };
  return (
    <article className="nav-page">
      <h1>{t('settings.title')}</h1>
      <form className="nav-form" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="nav-form__all" disabled={!editable}>
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
                  <AccentField key={scheme} scheme={scheme} label={t(`settings.accent.${scheme}`)} value={accent[scheme]} onChange={(colour) => onChange({ ...settings, accent: { ...accent, [scheme]: colour } })} />
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
                const parsed = parseTerms(text, t);
                if (!parsed.ok) return setTermsError(parsed.problem ?? t('settings.terms.object'));
                setTermsError(null);
                onChange({ ...settings, messages: parsed.messages });
              }}
            />
            <p id={termsHelpId} className="nav-help">
              {t('settings.terms.help', { example: `{"tripTicket.title": "${t('settings.terms.example')}"}` })}
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
                  const read = importSettings(text);
                  if (!read.ok) return setFileError(read.error);
                  setFileError(null);
                  onChange(read.value);
                  setTerms(Object.keys(read.value.messages).length ? JSON.stringify(read.value.messages, null, 2) : '');
                }}
              />
            </p>
            {fileError && (
              <Notice tone="error" live title={t('app.importError')} error={fileError} />
            )}
          </fieldset>
        </fieldset>
      </form>
      {/* Remounted when the stored sharing loads, so its fields show it. */}
      <SharingSettings key={sharingMeta.status} sharing={sharing} onChange={onSharingChange} meta={sharingMeta} />
    </article>
  );
}
