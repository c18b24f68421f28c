import type { StorageAdapter } from '@wayfinder/core/storage';
import { useTranslate } from '@wayfinder/react/messages';
import { useStoredState } from '@wayfinder/react/stored-state';
import { localeEs } from '@wayfinder/ui/locale-es';
import { Notice } from '@wayfinder/ui/notice';
import { WayfinderProvider } from '@wayfinder/ui/provider';
import { lazy, Suspense, useEffect } from 'react';
import { appMessages, appMessagesEs } from './messages';
import { HomePage } from './pages/HomePage';
import type { Settings } from './settings';
import { defaultSettings, readSettings } from './settings';
import type { Route } from './use-hash-route';
import { hrefOf, useHashRoute } from './use-hash-route';
import { useWorkspace } from './workspace';

const spanish = { ...localeEs, ...appMessagesEs };

// Each tool is its own chunk: the home page loads without the QCA engine, the forms or the charts.
const JourneyPage = lazy(() => import('./pages/JourneyPage').then((module) => ({ default: module.JourneyPage })));
const AnalysisPage = lazy(() => import('./pages/AnalysisPage').then((module) => ({ default: module.AnalysisPage })));
const LogicsPage = lazy(() => import('./pages/LogicsPage').then((module) => ({ default: module.LogicsPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((module) => ({ default: module.SettingsPage })));

/** The Navigator app: every tool of the kit composed, with the work kept in `storage`. */
export function App({ storage }: { storage: StorageAdapter }) {
  const [stored, setStored, meta] = useStoredState<unknown>('settings', defaultSettings, storage);
  const settings = readSettings(stored);
  return (
    <WayfinderProvider settings={settings} messages={settings.locale === 'es' ? spanish : undefined} storage={storage} className="nav-app">
      <Shell settings={settings} onSettingsChange={setStored} storageError={meta.error} loading={meta.status === 'loading'} />
    </WayfinderProvider>
  );
}

interface ShellProps {
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  storageError: Error | null;
  loading: boolean;
}

function Shell({ settings, onSettingsChange, storageError, loading }: ShellProps) {
  const t = useTranslate(appMessages);
  const { route, section } = useHashRoute();
  const workspace = useWorkspace();
  const productName = settings.productName.trim() || t('app.productName');

  useEffect(() => {
    document.title = productName;
  }, [productName]);

  const navItems: Array<[Route, string]> = [
    ['home', t('app.nav.home')],
    ['journey', t('app.nav.journey')],
    ['analysis', t('app.nav.analysis')],
    ['logics', t('app.nav.logics')],
    ['settings', t('app.nav.settings')],
  ];

  return (
    <div className="nav-shell" aria-busy={loading}>
      <a className="nav-skip" href="#main">
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
        {storageError && <Notice tone="error" live title={t('app.storageError')} />}
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          {route === 'settings' ? (
            <SettingsPage settings={settings} onChange={onSettingsChange} />
          ) : route === 'journey' ? (
            <JourneyPage document={workspace.journey} section={section} />
          ) : route === 'analysis' ? (
            <AnalysisPage />
          ) : route === 'logics' ? (
            <LogicsPage coding={workspace.coding} section={section} />
          ) : (
            <HomePage workspace={workspace} />
          )}
        </Suspense>
      </main>
    </div>
  );
}
