import type { StorageAdapter } from '@wayfinder/core/storage';
import { createLeaveGuards, LeaveGuardProvider, useLeaveReasons } from '@wayfinder/react/leave-guard';
import type { Caret } from '@wayfinder/react/caret';
import { caretNow, restoreCaret } from '@wayfinder/react/caret';
import { useTranslate } from '@wayfinder/react/messages';
import type { StoredStateMeta } from '@wayfinder/react/stored-state';
import { useStoredState } from '@wayfinder/react/stored-state';
import { localeEs } from '@wayfinder/ui/locale-es';
import { ErrorBoundary } from '@wayfinder/ui/error-boundary';
import { Notice } from '@wayfinder/ui/notice';
import { WayfinderProvider } from '@wayfinder/ui/provider';
import type { ReactNode } from 'react';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { appMessages, appMessagesEs } from './messages';
import { HomePage } from './pages/HomePage';
import type { Settings } from './settings';
import { defaultSettings, readSettings } from './settings';
import type { Route } from './use-hash-route';
import { hrefOf, useHashRoute } from './use-hash-route';
import { PageBoundary } from './page-boundary';
import type { SharedDocuments, SharedWork, Sharing } from './sharing';
import { readSharing, SharingContext } from './sharing';
import { UnreadableNotice } from './unreadable-notice';
import type { Workspace } from './workspace';
import { useWorkspace } from './workspace';

const spanish = { ...localeEs, ...appMessagesEs };

/** What each page shows from storage: offered for download if the page fails. */
const PAGE_DOCUMENTS: Record<Route, readonly string[]> = { home: [], journey: ['journey'], analysis: ['analysis'], logics: ['coding', 'matrix'], settings: ['settings'] };

// Each tool is its own chunk: the home page loads without the QCA engine, the forms or the charts.
const JourneyPage = lazy(() => import('./pages/JourneyPage').then((module) => ({ default: module.JourneyPage })));
const AnalysisPage = lazy(() => import('./pages/AnalysisPage').then((module) => ({ default: module.AnalysisPage })));
// Asked only when unsaved work would be left: the dialog's code is not part of the first page.
const loadConfirmDialog = () => import('@wayfinder/ui/confirm-dialog');
const ConfirmDialog = lazy(() => loadConfirmDialog().then((module) => ({ default: module.ConfirmDialog })));
const LogicsPage = lazy(() => import('./pages/LogicsPage').then((module) => ({ default: module.LogicsPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((module) => ({ default: module.SettingsPage })));
const SharedWorkspace = lazy(() => import('./shared-workspace').then((module) => ({ default: module.SharedWorkspace })));

/** The Navigator app: every tool of the kit composed, with the work kept in `storage`. */
export function App({ storage }: { storage: StorageAdapter }) {
  // Settings that cannot be read are kept as stored; the standard ones are shown meanwhile.
  const [settings, setSettings, meta] = useStoredState<Settings>('settings', defaultSettings, { storage, read: readSettings });
  // Kept apart from the settings: a personal token never travels in the settings file a host hands out.
  const [sharing, setSharing, sharingMeta] = useStoredState<Sharing | null>('sharing', null, { storage, read: readSharing });
  const changeSharing = useSharingAcrossTabs(setSharing);
  return (
    <WayfinderProvider settings={settings} messages={settings.locale === 'es' ? spanish : undefined} storage={storage} className="nav-app">
      {/* Inside the provider, so even a failing shell says so in the user's language. */}
      <ErrorBoundary>
        <Shell settings={settings} onSettingsChange={setSettings} meta={meta} sharing={sharingMeta.status === 'ready' && sharing?.on ? sharing : null} storedSharing={sharing} onSharingChange={changeSharing} sharingMeta={sharingMeta} />
      </ErrorBoundary>
    </WayfinderProvider>
  );
}

/**
 * Sharing started or stopped in one tab is started or stopped in the browser's other tabs of the
 * app too, so no tab goes on editing the team's work (or its own) alone. What arrives is read as
 * stored sharing is.
 */
function useSharingAcrossTabs(set: (sharing: Sharing | null) => void): (sharing: Sharing | null) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel('wayfinder:sharing');
    opened.onmessage = (event: MessageEvent) => {
      const read = readSharing(event.data);
      if (read.ok) set(read.value);
    };
    channel.current = opened;
    return () => {
      opened.close();
      if (channel.current === opened) channel.current = null;
    };
  }, [set]);
  return useCallback(
    (sharing: Sharing | null) => {
      set(sharing);
      channel.current?.postMessage(sharing);
    },
    [set],
  );
}

interface ShellProps {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  meta: StoredStateMeta<Settings>;
  /** How the journey is shared; null while it is this browser's own. */
  sharing: Sharing | null;
  /** The sharing as kept on this device, on or stopped: what the settings page shows. */
  storedSharing: Sharing | null;
  onSharingChange: (sharing: Sharing | null) => void;
  sharingMeta: StoredStateMeta<Sharing | null>;
}

const LOADING: SharedDocuments = { journey: { status: 'loading' }, coding: { status: 'loading' }, matrix: { status: 'loading' } };

/**
 * The journey, coding and matrix the pages show: this browser's own, or the team's (code loaded only
 * then). The pages keep their place in the tree either way, so starting or stopping to share
 * never remounts a page (a document being loaded shows its loading state meanwhile).
 */
function WorkspaceSource({ sharing, own, children }: { sharing: Sharing | null; own: Workspace; children: (documents: Workspace & Partial<SharedDocuments>) => ReactNode }) {
  const [shared, setShared] = useState<SharedWork | null>(null);
  // The caret of the field being typed in, taken as a teammate's change arrives and put back once it shows.
  const caret = useRef<Caret | null>(null);
  const take = useCallback((next: SharedWork | null) => {
    caret.current = caretNow();
    setShared(next);
  }, []);
  useLayoutEffect(() => {
    restoreCaret(caret.current);
    caret.current = null;
  }, [shared]);
  return (
    <SharingContext.Provider value={sharing ? (shared?.team ?? null) : null}>
      {sharing && (
        <ErrorBoundary>
          <Suspense fallback={null}>
            <SharedWorkspace sharing={sharing} own={own} onChange={take} />
          </Suspense>
        </ErrorBoundary>
      )}
      {children(sharing ? (shared?.documents ?? LOADING) : own)}
    </SharingContext.Provider>
  );
}

function Shell({ settings, onSettingsChange, meta, sharing, storedSharing, onSharingChange, sharingMeta }: ShellProps) {
  const t = useTranslate(appMessages);
  // Widgets holding work not yet saved (a trip ticket with new answers) hold the page until the user chooses.
  const [guards] = useState(createLeaveGuards);
  const { route, section, pending, leave, stay } = useHashRoute(guards);
  const reasons = useLeaveReasons(guards);
  const workspace = useWorkspace();
  const productName = settings.productName.trim() || t('app.productName');

  useEffect(() => {
    document.title = productName;
  }, [productName]);
  // The leave question's code is fetched once the app is up, so it is there when unsaved work needs it.
  useEffect(() => {
    void loadConfirmDialog().catch(() => undefined);
  }, []);
  // The whole document speaks the chosen language (the browser's own translation offer, its spell checker, screen readers).
  useEffect(() => {
    document.documentElement.lang = settings.locale;
  }, [settings.locale]);

  const navItems: Array<[Route, string]> = [
    ['home', t('app.nav.home')],
    ['journey', t('app.nav.journey')],
    ['analysis', t('app.nav.analysis')],
    ['logics', t('app.nav.logics')],
    ['settings', t('app.nav.settings')],
  ];

  return (
    <LeaveGuardProvider guards={guards}>
      <div className="nav-shell" aria-busy={meta.status === 'loading'}>
        {/* Focus moves to the content without the address changing: a hash of its own would be read as a page. */}
        <a
          className="nav-skip"
          href="#main"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {t('app.skipToContent')}
        </a>
        <header className="nav-header">
          <span className="nav-brand">
            {settings.logoUrl.trim() && <img src={settings.logoUrl.trim()} alt="" className="nav-logo" />}
            {productName}
          </span>
          <nav aria-label={t('app.nav.label')}>
            <ul className="nav-links">
              {navItems.map(([item, label]) => (
                <li key={item}>
                  <a href={hrefOf(item)} aria-current={route === item ? 'page' : undefined}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="nav-main">
          {meta.status === 'ready' && meta.error && <Notice tone="error" live title={t('app.storageError')} />}
          {meta.status === 'unreadable' && (
            <UnreadableNotice what="settings" error={meta.error!} rawText={meta.rawText} retry={meta.retry} startOver={() => meta.replace(defaultSettings)} />
          )}
          <PageBoundary documents={PAGE_DOCUMENTS[route]} resetKeys={[route, section]}>
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <WorkspaceSource sharing={sharing} own={workspace}>
                {(documents) =>
                  route === 'settings' ? (
                    // Remounted when the stored settings load or are replaced, so the words box shows them.
                    <SettingsPage key={meta.status} settings={settings} onChange={onSettingsChange} editable={meta.status === 'ready'} sharing={storedSharing} onSharingChange={onSharingChange} sharingMeta={sharingMeta} />
                  ) : route === 'journey' ? (
                    <JourneyPage document={documents.journey} section={section} />
                  ) : route === 'analysis' ? (
                    <AnalysisPage />
                  ) : route === 'logics' ? (
                    <LogicsPage coding={documents.coding} {...(documents.matrix ? { sharedMatrix: documents.matrix } : {})} section={section} />
                  ) : (
                    <HomePage workspace={documents} />
                  )
                }
              </WorkspaceSource>
            </Suspense>
          </PageBoundary>
        </main>
        {pending !== null && (
          <ErrorBoundary>
            <Suspense fallback={null}>
              <ConfirmDialog
                open
                onOpenChange={(open) => !open && stay()}
                title={t('app.leave.title')}
                confirmLabel={t('app.leave.confirm')}
                cancelLabel={t('app.leave.cancel')}
                onConfirm={leave}
              >
                {[...new Set(reasons)].map((reason) => (
                  <p key={reason}>{reason}</p>
                ))}
              </ConfirmDialog>
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </LeaveGuardProvider>
  );
}
