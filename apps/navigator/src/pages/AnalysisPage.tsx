/// <reference types="vite/client" />
import type { AnalysisFile } from '@wayfinder/core/qca/analysis-file';
import { emptyAnalysis, exportAnalysis, importAnalysis } from '@wayfinder/core/qca/analysis-file';
import { createQcaClient } from '@wayfinder/core/qca/client';
import QcaWorker from '@wayfinder/core/qca/worker?worker';
import { useTranslate } from '@wayfinder/react/messages';
import { QcaWorkbench } from '@wayfinder/ui/analysis-workbench';
import { useState } from 'react';
import { DocumentGate } from '../document-gate';
import { DocumentFile } from '../document-file';
import { appMessages } from '../messages';
import { useStoredDocument } from '../stored-document';

const createClient = () => createQcaClient(() => new QcaWorker());

export function AnalysisPage() {
  const t = useTranslate(appMessages);
  // An analysis can hold 100,000 cases: reading it back before every save would cost a second each
  // time, and the workbench keeps it valid as it edits it.
  const document = useStoredDocument<AnalysisFile>('analysis', emptyAnalysis, importAnalysis, false);
  // A new key remounts the workbench when a file replaces the analysis, so nothing of the last one (memberships, a picked term) stays.
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
              <DocumentFile
                write={() => exportAnalysis(analysis)}
                filename={`${analysis.name || 'analysis'}.analysis.json`}
                read={importAnalysis}
                onOpen={(opened) => {
                  set(opened);
                  setGeneration((current) => current + 1);
                }}
              />
            </div>
            <QcaWorkbench key={generation} value={analysis} onChange={set} createClient={createClient} />
          </>
        )}
      </DocumentGate>
    </article>
  );
}
