import { zodResolver } from '@hookform/resolvers/zod';
import type { TripTicketDraft, Typology } from '@wayfinder/core/navigator';
import { WayfinderError } from '@wayfinder/core/errors';
import { blankTripTicket, equityConfigurations, newId, readTripTicketDraft, tripTicketSaveSchema } from '@wayfinder/core/navigator';
import type { StorageAdapter } from '@wayfinder/core/storage';
import { createLocalStorage, storedTextOf } from '@wayfinder/core/storage';
import { useAnnounce } from '@wayfinder/react/announcer';
import { caretNow, restoreCaret } from '@wayfinder/react/caret';
import { useLeaveGuard } from '@wayfinder/react/leave-guard';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useStorage } from '@wayfinder/react/stored-state';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { downloadText } from '../file-button';
import { Notice } from '../notice';
import { StrategyPicker } from '../strategy-picker';
import type { Section } from './fields';
import { SECTIONS, answered, fieldProblems } from './fields';
import { tripTicketMessages } from './messages';
import type { TripTicketMessageKey } from './messages';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

/** The draft as this visit knows it: none, brought back, kept, one that failed to save, or one that could not be read. */
type DraftState = 'none' | 'restored' | 'kept' | Error | { unreadable: Error; rawText: string | null };

/** Where the draft lives: in storage under a key (the form keeps it there), or with the host. */
export type TripTicketDraftPlace =
  | {
      /** Where drafts are kept, under this key: one per journey. Every change is kept at once. */
      draftKey: string;
      /** The draft store: this prop, else the provider's `storage`, else this browser's localStorage. */
      storage?: StorageAdapter;
      draft?: never;
      onDraftChange?: never;
    }
  | {
      /**
       * The draft the host holds (controlled), null for none: a shared document the whole team
       * writes into, say. The form shows it and follows every change made to it elsewhere, keeping
       * the caret where it was in the answer being typed; each edit here goes to `onDraftChange`,
       * and saving a version calls it with null.
       */
      draft: TripTicketDraft | null;
      onDraftChange: (draft: TripTicketDraft | null) => void;
      draftKey?: never;
      storage?: never;
    };

export type TripTicketFormProps = TripTicketFormOptions & TripTicketDraftPlace;

export interface TripTicketFormOptions extends TitleOptions {
  /** The version to revise (usually the latest saved); a blank ticket dated today when left out. */
  initial?: TripTicketDraft;
  /** The strategies offered (controlled); the framework's typology by default. Custom strategies a team adds arrive in `onTypologyChange`. */
  typology?: Typology;
  onTypologyChange?: (typology: Typology) => void;
  /** The journey's factors and measures, so roadblocks and arrival can point at them by id. */
  factors?: readonly { id: string; name: string }[];
  measures?: readonly { id: string; measure: string }[];
  /**
   * Called with a valid ticket; the draft is dropped once it resolves. What it returns names the
   * saved version in the confirmation ("Version 3 saved at 14:05").
   */
  onSave: (draft: TripTicketDraft) => void | SavedVersion | Promise<void | SavedVersion>;
  /** Ask before the page is left with answers not saved as a version (default true); they are kept as a draft either way. */
  guardLeaving?: boolean;
  className?: string;
}

/** The version a save made, as the host numbers it. */
export interface SavedVersion {
  number?: number;
}

/**
 * The trip ticket (Navigator tool 1) as a sectioned form with progress: every answer is kept as a
 * draft on each change (so a reload or a crash loses nothing), the page warns before leaving with
 * unsaved answers, and saving checks the ticket and lists what needs attention — each item leads
 * to its field, and the list is announced. Every label and help text comes from the messages.
 */
export const TripTicketForm = withErrorBoundary(function TripTicketForm({ initial, draftKey = '', storage, draft: heldDraft, onDraftChange, typology: typologyProp, onTypologyChange, factors = [], measures = [], onSave, guardLeaving = true, className, headingLevel = 3, hideTitle = false }: TripTicketFormProps) {
  const t = useTranslate(tripTicketMessages);
  const { locale } = useLocale();
  const announce = useAnnounce();
  const fromProvider = useStorage();
  const drafts = useMemo(() => storage ?? fromProvider ?? createLocalStorage('wayfinder'), [storage, fromProvider]);
  const start = useMemo(() => initial ?? blankTripTicket(new Date().toISOString().slice(0, 10)), [initial]);
  const form = useForm<TripTicketDraft, unknown, TripTicketDraft>({ defaultValues: start, resolver: zodResolver(tripTicketSaveSchema), mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, formState } = form;
  const people = useFieldArray({ control, name: 'peoplePresent', keyName: 'key' });
  const stops = useFieldArray({ control, name: 'pitStops', keyName: 'key' });
  const values = useWatch({ control }) as TripTicketDraft;
  const [section, setSection] = useState<Section>('meeting');
  const [draftState, setDraftState] = useState<DraftState>('none');
  const [saved, setSaved] = useState<{ number: number | undefined; at: Date } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const summaryId = useId();
  /** Drafts are written once the stored one is read, and never over one that could not be read. */
  const keeping = useRef(false);
  const saving = useRef(false);
  const lastSaved = useRef<string | null>(null);
  const held = onDraftChange !== undefined;
  const reportDraft = useRef(onDraftChange);
  reportDraft.current = onDraftChange;
  /** True while the form takes in the host's draft: those are not edits to report back. */
  const following = useRef(false);
  /** Rows added or taken while following, per list, whose report the form makes later. */
  const echoes = useRef(new Map<string, number>());

  // A draft the host holds: every edit goes to it, and the form follows it wherever it changes.
  useEffect(() => {
    if (!held) return;
    keeping.current = true;
    const subscription = form.watch((draft, { name }) => {
      if (following.current || name === undefined) return;
      // A row added or taken while following is reported by the form after the render, by the list's name.
      const echo = echoes.current.get(name) ?? 0;
      if (echo > 0) {
        echoes.current.set(name, echo - 1);
        return;
      }
      setSaved(null);
      reportDraft.current?.(draft as TripTicketDraft);
      setDraftState('kept');
    });
    return () => subscription.unsubscribe();
  }, [held]);
  useLayoutEffect(() => {
    if (!held) return;
    following.current = true;
    try {
      const counted = (name: keyof FieldLists, list: FieldLists[keyof FieldLists]) => {
        const note = () => echoes.current.set(name, (echoes.current.get(name) ?? 0) + 1);
        return { insert: (index: number, items: never[], options: { shouldFocus: boolean }) => (note(), list.insert(index, items, options)), remove: (indexes: number[]) => (note(), list.remove(indexes)) };
      };
      followDraft(form, { peoplePresent: counted('peoplePresent', people), pitStops: counted('pitStops', stops) }, formRef.current, heldDraft ?? start);
    } finally {
      following.current = false;
    }
  }, [held, heldDraft, start]);

  // Bring back a draft left by an earlier visit, then keep every change.
  useEffect(() => {
    if (held) return;
    let live = true;
    keeping.current = false;
    const unreadable = async (error: unknown, stored: unknown) => {
      const rawText = await storedTextOf(drafts, draftKey, error, stored);
      if (live) setDraftState({ unreadable: error instanceof Error ? error : new Error(String(error)), rawText });
    };
    const restore = async () => {
      let draft: unknown;
      try {
        draft = await drafts.get<unknown>(draftKey);
      } catch (error) {
        return unreadable(error, undefined);
      }
      if (!live) return;
      if (draft === undefined) {
        keeping.current = true;
        return;
      }
      try {
        const read = readTripTicketDraft(draft);
        if (!read.ok) return unreadable(read.error, draft);
        keeping.current = true;
        form.reset(read.value, { keepDefaultValues: true });
        setDraftState('restored');
      } catch (error) {
        // A draft its check cannot even walk (nested past the stack, say) is unreadable too.
        return unreadable(error, draft);
      }
    };
    void restore();
    const subscription = form.watch((draft, { name }) => {
      // A change has a field's name; a reset (after saving, or to the saved version) has none and is no draft.
      if (!keeping.current || name === undefined) return;
      setSaved(null);
      drafts.set(draftKey, draft).then(
        () => setDraftState((state) => (state === 'none' || state instanceof Error ? 'kept' : state)),
        (error: unknown) => setDraftState(error instanceof Error ? error : new Error(String(error))),
      );
    });
    return () => {
      live = false;
      subscription.unsubscribe();
    };
  }, [held, drafts, draftKey]);

  const draftsKept = draftState === 'none' || draftState === 'kept' || draftState === 'restored';
  useLeaveGuard(guardLeaving && formState.isDirty, t(draftsKept ? 'tripTicket.leave' : 'tripTicket.leaveUnkept'));

  const problems = fieldProblems(formState.errors);
  const save = form.handleSubmit(
    async (draft) => {
      // One version per save: a double click submits twice, the second time the same answers.
      const answers = JSON.stringify(draft);
      if (saving.current || answers === lastSaved.current) return;
      saving.current = true;
      try {
        const version = await onSave(draft);
        lastSaved.current = answers;
        if (held) reportDraft.current?.(null);
        else await drafts.remove(draftKey);
        // The saved answers become the form's starting point; anything typed while saving stays, unsaved.
        form.reset(draft, { keepValues: true });
        setDraftState('none');
        const confirmation = { number: version?.number, at: new Date() };
        setSaved(confirmation);
        announce(savedText(confirmation));
      } finally {
        saving.current = false;
      }
    },
    () => requestAnimationFrame(() => summaryRef.current?.focus()),
  );
  // Offered for a draft brought back from storage only: a host's draft is never 'restored'.
  const discardDraft = async () => {
    await drafts.remove(draftKey);
    form.reset(start);
    keeping.current = true;
    setDraftState('none');
  };
  /** The unreadable draft goes; what was typed meanwhile stays on screen and becomes the draft. */
  const dropUnreadableDraft = async () => {
    await drafts.remove(draftKey);
    keeping.current = true;
    setDraftState('none');
    await drafts.set(draftKey, form.getValues());
  };
  const goTo = (problemSection: Section, name: string) => {
    setSection(problemSection);
    requestAnimationFrame(() => form.setFocus(name as never));
  };

  const savedText = ({ number, at }: { number: number | undefined; at: Date }) => {
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
    return number === undefined ? t('tripTicket.saved', { time }) : t('tripTicket.savedVersion', { number, time });
  };

  const index = SECTIONS.indexOf(section);
  const done = answered(values);
  const text = (name: Parameters<typeof register>[0], label: TripTicketMessageKey) => <TextArea label={t(label)} field={register(name)} />;

  return (
    <form ref={formRef} className={className ? `wf-trip ${className}` : 'wf-trip'} aria-labelledby={titleId} onSubmit={save} noValidate>
      <header className="wf-trip__header">
        <Heading level={headingLevel} visuallyHidden={hideTitle} className="wf-trip__title" id={titleId}>
          {t('tripTicket.title')}
        </Heading>
        <p className="wf-trip__credit">{t('tripTicket.credit')}</p>
        {draftState === 'restored' && (
          <Notice tone="info" title={t('tripTicket.draft.restored')} live>
            <button type="button" className="wf-trip__link" onClick={discardDraft}>
              {t('tripTicket.draft.discard')}
            </button>
          </Notice>
        )}
        {typeof draftState === 'object' && 'unreadable' in draftState && (
          <Notice
            tone="error"
            live
            title={t('tripTicket.draft.unreadable')}
            issues={draftState.unreadable instanceof WayfinderError ? draftState.unreadable.issues : []}
            actions={
              <>
                {draftState.rawText !== null && (
                  <button type="button" className="wf-button" onClick={() => downloadText(draftState.rawText!, 'trip-ticket-draft.json')}>
                    {t('tripTicket.draft.download')}
                  </button>
                )}
                <button type="button" className="wf-button" onClick={dropUnreadableDraft}>
                  {t('tripTicket.draft.drop')}
                </button>
              </>
            }
          >
            <p>{t('tripTicket.draft.reason', { reason: draftState.unreadable instanceof WayfinderError ? draftState.unreadable.summary : draftState.unreadable.message })}</p>
            <p>{t('tripTicket.draft.paused')}</p>
          </Notice>
        )}
        {draftState instanceof Error && (
          <Notice tone="error" live title={t('tripTicket.draft.failed')}>
            <p>{t('tripTicket.draft.reason', { reason: draftState.message })}</p>
          </Notice>
        )}
      </header>

      <nav className="wf-trip__nav" aria-label={t('tripTicket.sections')}>
        <ol>
          {SECTIONS.map((name, at) => (
            <li key={name}>
              <button type="button" aria-current={name === section ? 'step' : undefined} onClick={() => setSection(name)}>
                <span className="wf-trip__step" aria-hidden="true">
                  {at + 1}
                </span>
                {t(`tripTicket.section.${name}`)}
              </button>
            </li>
          ))}
        </ol>
        <p className="wf-trip__progress">
          {t('tripTicket.progress', { current: index + 1, total: SECTIONS.length, answered: done.filter(Boolean).length, questions: done.length })}
          {draftState === 'kept' && <span className="wf-trip__kept"> · {t(held ? 'tripTicket.draft.held' : 'tripTicket.draft.saved')}</span>}
        </p>
        <progress className="wf-trip__bar" value={done.filter(Boolean).length} max={done.length} aria-hidden="true" />
      </nav>

      {problems.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={summaryId} className="wf-trip__summary">
          <p className="wf-trip__summary-title" id={summaryId}>{t('tripTicket.errors', { count: problems.length })}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.name}>
                <button type="button" className="wf-trip__link" onClick={() => goTo(problem.section, problem.name)}>
                  {t(problem.key)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="wf-trip__section" hidden={section !== 'meeting'}>
        <legend>{t('tripTicket.section.meeting')}</legend>
        <label className="wf-trip__field">
          {t('tripTicket.date')}
          <input type="date" {...register('date')} aria-invalid={formState.errors.date ? true : undefined} />
        </label>
        <fieldset className="wf-trip__group">
          <legend>{t('tripTicket.people')}</legend>
          {people.fields.map((person, at) => (
            <div key={person.key} className="wf-trip__row">
              <label className="wf-trip__field">
                {t('tripTicket.person.name')}
                <input {...register(`peoplePresent.${at}.name`)} aria-invalid={formState.errors.peoplePresent?.[at]?.name ? true : undefined} />
              </label>
              <label className="wf-trip__field">
                {t('tripTicket.person.role')}
                <input {...register(`peoplePresent.${at}.role`)} />
              </label>
              <button type="button" className="wf-button wf-trip__remove" onClick={() => people.remove(at)}>
                {t('tripTicket.person.remove', { name: values.peoplePresent?.[at]?.name || String(at + 1) })}
              </button>
            </div>
          ))}
          <button type="button" className="wf-button wf-trip__add" onClick={() => people.append({ id: newId(), name: '', role: '' }, { shouldFocus: true })}>
            {t('tripTicket.person.add')}
          </button>
        </fieldset>
      </fieldset>

      <fieldset className="wf-trip__section" hidden={section !== 'headed'}>
        <legend>{t('tripTicket.section.headed')}</legend>
        {text('headed.equity', 'tripTicket.equity')}
        {text('headed.scalingForEquity', 'tripTicket.scalingForEquity')}
        {text('headed.furthestFromOpportunity', 'tripTicket.furthest')}
        <fieldset className="wf-trip__group">
          <legend>{t('tripTicket.destination')}</legend>
          <p className="wf-trip__hint">{t('tripTicket.destination.hint')}</p>
          {text('headed.destination.depth', 'tripTicket.destination.depth')}
          {text('headed.destination.sustainability', 'tripTicket.destination.sustainability')}
          {text('headed.destination.spread', 'tripTicket.destination.spread')}
          {text('headed.destination.ownership', 'tripTicket.destination.ownership')}
        </fieldset>
        <fieldset className="wf-trip__group">
          <legend>{t('tripTicket.configuration')}</legend>
          {equityConfigurations.map((choice) => (
            <label key={choice} className="wf-trip__check">
              <input type="checkbox" value={choice} {...register('headed.equityConfiguration.choices')} />
              {t(`tripTicket.configuration.${choice}`)}
            </label>
          ))}
          {text('headed.equityConfiguration.other', 'tripTicket.configuration.other')}
        </fieldset>
      </fieldset>

      <fieldset className="wf-trip__section" hidden={section !== 'route'}>
        <legend>{t('tripTicket.section.route')}</legend>
        <Controller
          control={control}
          name="route.strategies"
          render={({ field }) => (
            <StrategyPicker
              {...(typologyProp ? { typology: typologyProp } : {})}
              {...(onTypologyChange ? { onTypologyChange } : {})}
              value={field.value}
              onChange={(next) => field.onChange([...next])}
            />
          )}
        />
        {text('route.roadblocks', 'tripTicket.roadblocks')}
        {text('route.supports', 'tripTicket.supports')}
        <LinkChoices legend={t('tripTicket.factors')} items={factors.map((factor) => ({ id: factor.id, label: factor.name }))} field={register('route.factorIds')} />
      </fieldset>

      <fieldset className="wf-trip__section" hidden={section !== 'pitStops'}>
        <legend>{t('tripTicket.section.pitStops')}</legend>
        {stops.fields.map((stop, at) => (
          <fieldset key={stop.key} className="wf-trip__group">
            <legend>{t('tripTicket.stop.legend', { index: at + 1 })}</legend>
            <label className="wf-trip__field">
              {t('tripTicket.stop.date')}
              <input type="date" {...register(`pitStops.${at}.date`)} aria-invalid={formState.errors.pitStops?.[at]?.date ? true : undefined} />
            </label>
            {text(`pitStops.${at}.why`, 'tripTicket.stop.why')}
            {text(`pitStops.${at}.focus`, 'tripTicket.stop.focus')}
            <button type="button" className="wf-button wf-trip__remove" onClick={() => stops.remove(at)}>
              {t('tripTicket.stop.remove')}
            </button>
          </fieldset>
        ))}
        <button type="button" className="wf-button wf-trip__add" onClick={() => stops.append({ id: newId(), date: '', why: '', focus: '' }, { shouldFocus: true })}>
          {t('tripTicket.stop.add')}
        </button>
      </fieldset>

      <fieldset className="wf-trip__section" hidden={section !== 'arrival'}>
        <legend>{t('tripTicket.section.arrival')}</legend>
        {text('arrival.success', 'tripTicket.success')}
        {text('arrival.advancesEquity', 'tripTicket.advancesEquity')}
        <LinkChoices legend={t('tripTicket.measures')} items={measures.map((measure) => ({ id: measure.id, label: measure.measure }))} field={register('arrival.measureIds')} />
      </fieldset>

      <footer className="wf-trip__actions">
        <button type="button" className="wf-button" onClick={() => setSection(SECTIONS[index - 1]!)} disabled={index === 0}>
          {t('tripTicket.back')}
        </button>
        <button type="button" className="wf-button" onClick={() => setSection(SECTIONS[index + 1]!)} disabled={index === SECTIONS.length - 1}>
          {t('tripTicket.next')}
        </button>
        <button type="button" className="wf-button" onClick={() => window.print()}>
          {t('tripTicket.print')}
        </button>
        {saved && (
          <p className="wf-trip__saved">
            <span aria-hidden="true">✓ </span>
            {savedText(saved)}
          </p>
        )}
        {/* Never disabled while saving: a disabled button drops the focus to the page. A second click saves nothing (see `save`). */}
        <button type="submit" className="wf-button wf-button--primary wf-trip__save" aria-disabled={formState.isSubmitting || undefined}>
          {t('tripTicket.save')}
        </button>
      </footer>
    </form>
  );
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The lists whose items hold fields of their own, with the form's handles on them. */
type FieldLists = Record<'peoplePresent' | 'pitStops', { insert: (index: number, items: never[], options: { shouldFocus: boolean }) => void; remove: (indexes: number[]) => void }>;

const idOf = (item: unknown): string | undefined => (isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined);

/**
 * The rows of `current` (a list of records with ids) taken out and put in until its ids are those
 * of `next` in order, through the form's own list handles so every row kept keeps its place on
 * screen; what each row holds is followed afterwards. Null, doing nothing, when ids are missing
 * or repeated, or rows were moved: the list is then followed by position.
 */
function followRows(list: FieldLists[keyof FieldLists], current: readonly unknown[], next: readonly unknown[]): unknown[] | null {
  const currentIds = current.map(idOf);
  const nextIds = next.map(idOf);
  const all = [...currentIds, ...nextIds];
  if (all.some((id) => id === undefined) || new Set(currentIds).size !== currentIds.length || new Set(nextIds).size !== nextIds.length) return null;
  const kept = current.filter((_, index) => nextIds.includes(currentIds[index]));
  const keptIds = kept.map(idOf);
  if (keptIds.join('\u0000') !== nextIds.filter((id) => keptIds.includes(id)).join('\u0000')) return null;
  const gone = currentIds.flatMap((id, index) => (nextIds.includes(id) ? [] : [index]));
  if (gone.length > 0) list.remove(gone);
  const rows = [...kept];
  next.forEach((item, index) => {
    if (idOf(rows[index]) === idOf(item)) return;
    list.insert(index, [item] as never[], { shouldFocus: false });
    rows.splice(index, 0, item);
  });
  return rows;
}

/**
 * Makes the form show `wanted`, setting only the fields that differ, so an answer someone else is
 * typing into arrives without disturbing the one this user is in. The caret of the field in focus
 * keeps its place in the words around it.
 */
function followDraft(form: UseFormReturn<TripTicketDraft, unknown, TripTicketDraft>, lists: FieldLists, element: HTMLFormElement | null, wanted: TripTicketDraft) {
  const focused = document.activeElement;
  const typing = (focused instanceof HTMLTextAreaElement || focused instanceof HTMLInputElement) && focused.form === element ? focused : null;
  const follow = (path: string, current: unknown, next: unknown) => {
    if (JSON.stringify(current) === JSON.stringify(next)) return;
    if (isRecord(current) && isRecord(next)) {
      for (const key of Object.keys(next)) follow(`${path}.${key}`, current[key], next[key]);
      return;
    }
    if (Object.hasOwn(lists, path) && Array.isArray(current) && Array.isArray(next)) {
      // Rows matched by id, else by position with rows added or taken at the end: the rows on screen
      // stay where they are, and so does the focus in them.
      const list = lists[path as keyof FieldLists];
      const rows = followRows(list, current, next);
      if (rows) {
        next.forEach((item, index) => follow(`${path}.${index}`, rows[index], item));
        return;
      }
      const common = Math.min(current.length, next.length);
      for (let index = 0; index < common; index += 1) follow(`${path}.${index}`, current[index], next[index]);
      if (next.length > common) list.insert(common, next.slice(common) as never[], { shouldFocus: false });
      if (current.length > common) list.remove(Array.from({ length: current.length - common }, (_, index) => common + index));
      return;
    }
    const caret = typing?.name === path ? caretNow() : null;
    form.setValue(path as never, next as never, { shouldDirty: true });
    restoreCaret(caret);
  };
  const current = form.getValues() as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(wanted)) follow(key, current[key], value);
}


/** Checkboxes that link the ticket to items of other tools by id; nothing shows while there are none. */
function LinkChoices({ legend, items, field }: { legend: string; items: readonly { id: string; label: string }[]; field: UseFormRegisterReturn }) {
  if (items.length === 0) return null;
  return (
    <fieldset className="wf-trip__group">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id} className="wf-trip__check">
          <input type="checkbox" value={item.id} {...field} />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}

function TextArea({ label, field }: { label: string; field: UseFormRegisterReturn }) {
  return (
    <label className="wf-trip__field">
      {label}
      <textarea rows={3} {...field} />
    </label>
  );
}

export { TripTicketDiff } from './diff-view';
export type { TripTicketDiffProps } from './diff-view';
export { TripTicketView } from './view';
export type { TripTicketViewProps } from './view';
export { tripTicketMessages, tripTicketMessagesEs } from './messages';
export type { TripTicketMessageKey } from './messages';
