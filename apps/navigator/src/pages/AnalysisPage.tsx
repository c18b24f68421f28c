/// <reference types="vite/client" />
import type { WayfinderError } from '@wayfinder/core/errors';
import type { AnalysisFile } from '@wayfinder/core/qca/analysis-file';
import { exportAnalysis, importAnalysis } from '@wayfinder/core/qca/analysis-file';
import { createQcaClient } from '@wayfinder/core/qca/client';
import QcaWorker from '@wayfinder/core/qca/worker?worker';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useTranslate } from '@wayfinder/react/messages';
import { QcaWorkbench } from '@wayfinder/ui/analysis-workbench';
import { Notice } from '@wayfinder/ui/notice';
import { useState } from 'react';
import { DocumentGate } from '../document-gate';
import { downloadText, OpenFileButton } from '../file-actions';
import { appMessages } from '../messages';
import type { StoredDocument } from '../stored-document';

const createClient = () => createQcaClient(() => new QcaWorker());

export function AnalysisPage({ document }: { document: StoredDocument<AnalysisFile> }) {
  const t = useTranslate(appMessages);
  const announce = useAnnounce();
  const [error, setError] = useState<WayfinderError | null>(null);
  // A new key remounts the workbench when a file replaces the analysis, so its text box follows.
  const [generation, setGeneration] = useState(0);
  return (
    <article className="nav-page nav-page--wide">
      <h1>{t('analysis.title')}</h1>
      <DocumentGate document={document} what="analysis">
        {(analysis, set) => (
          <>
            <h2 className="nav-section-title">{analysis.name.trim() || t('analysis.untitled')}</h2>
            <div className="nav-toolbar">
              <label className="nav-field">
                {t('analysis.name')}
                <input value={analysis.name} onChange={(event) => set({ ...analysis, name: event.currentTarget.value })} />
              </label>
              <p className="nav-actions">
                <button type="button" className="wf-button" onClick={() => downloadText(exportAnalysis(analysis), `${analysis.name || 'analysis'}.analysis.json`)}>
                  {t('app.export')}
                </button>
                <OpenFileButton
                  label={t('app.import')}
                  accept=".json,application/json"
                  onText={(text, name) => {
                    const result = importAnalysis(text);
                    if (!result.ok) return setError(result.error);
                    setError(null);
                    set(result.value);
                    setGeneration((current) => current + 1);
                    announce(t('app.imported', { name }));
                  }}
                />
              </p>
            </div>
            {error && <Notice tone="error" live title={t('app.importError')} issues={error.issues} />}
            <QcaWorkbench key={generation} value={analysis} onChange={set} createClient={createClient} />
          </>
        )}
      </DocumentGate>
    </article>
  );
}
