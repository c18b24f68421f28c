import { useTranslate } from '@wayfinder/react/messages';
import type { StoredStateMeta } from '@wayfinder/react/stored-state';
import { useId, useRef, useState } from 'react';
import { appMessages } from '../messages';
import type { Sharing } from '../sharing';
import { sharingSchema } from '../sharing';
import { UnreadableNotice } from '../unreadable-notice';

type Field = 'name' | 'server' | 'document';

/** Where the app was started pointed at a team's server (`pnpm dev:collab`), the form starts there; nothing is shared until the person shares. */
const SUGGESTED = {
  server: import.meta.env['VITE_COLLAB_SERVER'] ?? '',
  document: import.meta.env['VITE_COLLAB_DOCUMENT'] ?? 'journey',
  token: import.meta.env['VITE_COLLAB_TOKEN'] ?? '',
};
const FIELDS: readonly Field[] = ['name', 'server', 'document'];

export interface SharingSettingsProps {
  /** As kept on this device, on or stopped; null before anyone shared here. */
  sharing: Sharing | null;
  onChange: (sharing: Sharing | null) => void;
  meta: StoredStateMeta<Sharing | null>;
}

/**
 * "Share with your team": the person's name, the team's server (none: this browser's tabs) and the
 * name of the team's work and the token there. Nothing connects until the form is sent, so a half-typed
 * address never reaches the network.
 */
export function SharingSettings({ sharing, onChange, meta }: SharingSettingsProps) {
  const t = useTranslate(appMessages);
  const id = useId();
  const [values, setValues] = useState(() => ({ name: sharing?.name ?? '', server: sharing?.server ?? SUGGESTED.server, document: sharing?.document ?? SUGGESTED.document, token: sharing?.token ?? SUGGESTED.token }));
  const [invalid, setInvalid] = useState<ReadonlySet<Field>>(new Set());
  const form = useRef<HTMLFormElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  if (meta.status === 'unreadable') {
    return <UnreadableNotice what="settings" error={meta.error!} rawText={meta.rawText} retry={meta.retry} startOver={() => meta.replace(null)} />;
  }
  const field = (name: Field | 'token', type: 'text' | 'url' | 'password' = 'text', help?: string) => (
    <div className="nav-field">
      <label htmlFor={`${id}-${name}`}>{t(`sharing.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        autoComplete={name === 'name' ? 'name' : 'off'}
        spellCheck={false}
        value={values[name]}
        aria-invalid={invalid.has(name as Field) || undefined}
        aria-describedby={[help ? `${id}-${name}-help` : '', invalid.has(name as Field) ? `${id}-${name}-error` : ''].join(' ').trim() || undefined}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setValues((current) => ({ ...current, [name]: value }));
        }}
      />
      {help && (
        <p id={`${id}-${name}-help`} className="nav-help">
          {help}
        </p>
      )}
      {invalid.has(name as Field) && (
        <p id={`${id}-${name}-error`} className="nav-error">
          {t(`sharing.invalid.${name as Field}`)}
        </p>
      )}
    </div>
  );
  const share = () => {
    const parsed = sharingSchema.safeParse({ name: values.name.trim(), server: values.server.trim(), document: values.document.trim(), token: values.token.trim(), on: true });
    if (!parsed.success) {
      const wrong = new Set(parsed.error.issues.map((issue) => issue.path[0]).filter((path): path is Field => FIELDS.includes(path as Field)));
      setInvalid(wrong);
      const first = FIELDS.find((name) => wrong.has(name));
      requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus());
      return;
    }
    setInvalid(new Set());
    onChange(parsed.data);
  };
  return (
    <form ref={form} className="nav-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => (event.preventDefault(), share())}>
      <fieldset disabled={meta.status !== 'ready'}>
        <legend id={`${id}-title`}>{t('sharing.title')}</legend>
        <p className="nav-help">{t('sharing.help')}</p>
        {sharing?.on && (
          <p role="status">
            {t('sharing.on', { name: sharing.name, server: sharing.server || 'none' })}
          </p>
        )}
        {field('name', 'text', t('sharing.name.help'))}
        {field('server', 'url', t('sharing.server.help'))}
        {field('document')}
        {field('token', 'password', t('sharing.token.help'))}
        <p className="nav-actions">
          <button ref={submit} type="submit" className="wf-button wf-button--primary">
            {t(sharing?.on ? 'sharing.update' : 'sharing.start')}
          </button>
          {sharing?.on && (
            <button
              type="button"
              className="wf-button"
              onClick={() => {
                onChange({ ...sharing, on: false });
                // This button goes with the sharing: the focus stays in the form, on the one that shares again.
                submit.current?.focus();
              }}
            >
              {t('sharing.stop')}
            </button>
          )}
        </p>
      </fieldset>
    </form>
  );
}
