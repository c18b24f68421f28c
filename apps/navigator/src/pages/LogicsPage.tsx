import type { WayfinderError } from '@wayfinder/core/errors';
import type { Coding } from '@wayfinder/core/logics';
import { codersOf } from '@wayfinder/core/logics';
import { addImportedSegments, exportCoding, exportMatrix, exportSegmentsCsv, importCoding, importMatrix, importSegmentsCsv } from '@wayfinder/core/logics/import';
import type { EquityMatrix } from '@wayfinder/core/logics/matrix';
import { emptyMatrix } from '@wayfinder/core/logics/matrix';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useTranslate } from '@wayfinder/react/messages';
import { AgreementView } from '@wayfinder/ui/agreement-view';
import { CodingPanel } from '@wayfinder/ui/coding-panel';
import { EquityLogicMatrix } from '@wayfinder/ui/equity-matrix';
import { downloadText, FileButton } from '@wayfinder/ui/file-button';
import { LogicScoreGrid } from '@wayfinder/ui/logic-grid';
import { Notice } from '@wayfinder/ui/notice';
import { useState } from 'react';
import { DocumentGate } from '../document-gate';
import { useShownCoding, useShownMatrix } from '../framework-words';
import { DocumentFile } from '../document-file';
import { appMessages } from '../messages';
import type { StoredDocument } from '../stored-document';
import { useStoredDocument } from '../stored-document';
import { SharingBar } from '../sharing-bar';
import { hrefOf } from '../use-hash-route';

/** The logics pages; `sharedMatrix` is the team's matrix while the work is shared, else this browser's own is shown. */
export function LogicsPage({ coding, sharedMatrix, section }: { coding: StoredDocument<Coding>; sharedMatrix?: StoredDocument<EquityMatrix>; section: string | null }) {
  const t = useTranslate(appMessages);
  const ownMatrix = useStoredDocument<EquityMatrix>('matrix', emptyMatrix, importMatrix);
  const matrix = sharedMatrix ?? ownMatrix;
  const current = section === 'matrix' ? 'matrix' : 'coding';
  return (
    <article className="nav-page nav-page--wide">
      <h1>{t('logics.title')}</h1>
      <nav aria-label={t('logics.title')}>
        <ul className="nav-tabs">
          {(['coding', 'matrix'] as const).map((name) => (
            <li key={name}>
              <a href={hrefOf('logics', name)} aria-current={name === current ? 'page' : undefined}>
                {t(`logics.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SharingBar place={`logics.${current}`} document={current} />
      <h2 className="nav-section-title">{t(`logics.${current}`)}</h2>
      {current === 'coding' ? (
        <DocumentGate document={coding} what="coding">
          {(value, set) => <CodingWork stored={value} store={set} />}
        </DocumentGate>
      ) : (
        <DocumentGate document={matrix} what="matrix">
          {(value, set) => <MatrixWork stored={value} store={set} />}
        </DocumentGate>
      )}
    </article>
  );
}

function CodingWork({ stored, store }: { stored: Coding; store: (next: Coding) => void }) {
  const t = useTranslate(appMessages);
  const [coding, setCoding] = useShownCoding(stored, store);
  const announce = useAnnounce();
  const [csvError, setCsvError] = useState<WayfinderError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [coder, setCoder] = useState(() => codersOf(coding)[0] ?? '');
  // With one coder the grid shows all material; with several, the one coding now.
  const gridCoder = codersOf(coding).length > 1 ? coder : undefined;
  const groupings = [...new Set(coding.respondents.flatMap((respondent) => Object.keys(respondent.groups)))];
  const [colorBy, setColorBy] = useState<string>(groupings[0] ?? '');
  // Material from a file brings its own coders: show the first of them unless the one chosen is among them.
  const replaceCoding = (next: Coding) => {
    setCoding(next);
    const coders = codersOf(next);
    if (!coders.includes(coder)) setCoder(coders[0] ?? '');
  };
  return (
    <>
      <DocumentFile write={() => exportCoding(stored)} filename="coding.json" read={importCoding} onOpen={replaceCoding}>
        <FileButton
          label={t('logics.addSegments')}
          accept=".csv,text/csv,text/plain"
          onText={(text, name) => {
            // Codes are matched by id, by the study's own labels or by the labels shown; problems name them as shown.
            const result = importSegmentsCsv(text, stored.scheme, { idPrefix: `${name}-`, shownScheme: coding.scheme });
            if (!result.ok) return setCsvError(result.error);
            setCsvError(null);
            replaceCoding(addImportedSegments(coding, result.value));
            announce(t('app.imported', { name }));
          }}
        />
        <button type="button" className="wf-button" onClick={() => downloadText(exportSegmentsCsv(stored), 'segments.csv', 'text/csv')}>
          {t('logics.exportSegments')}
        </button>
      </DocumentFile>
      {csvError && (
        <Notice tone="error" live title={t('app.importError')} error={csvError} />
      )}
      {groupings.length > 0 && (
        <label className="nav-field">
          {t('logics.colorBy')}
          <select value={colorBy} onChange={(event) => setColorBy(event.currentTarget.value)}>
            <option value="">{t('logics.none')}</option>
            {groupings.map((grouping) => (
              <option key={grouping} value={grouping}>
                {grouping}
              </option>
            ))}
          </select>
        </label>
      )}
      <LogicScoreGrid coding={coding} {...(gridCoder !== undefined ? { coder: gridCoder } : {})} {...(colorBy ? { colorBy } : {})} selected={selected} onSelectedChange={setSelected} />
      <CodingPanel hideTitle value={coding} onChange={setCoding} coder={coder} onCoderChange={setCoder} {...(selected ? { respondent: selected } : {})} onRespondentChange={setSelected} />
      <AgreementView coding={coding} />
    </>
  );
}

function MatrixWork({ stored, store }: { stored: EquityMatrix; store: (next: EquityMatrix) => void }) {
  const [matrix, setMatrix] = useShownMatrix(stored, store);
  return (
    <>
      <DocumentFile write={() => exportMatrix(stored)} filename="equity-matrix.json" read={importMatrix} onOpen={setMatrix} />
      <EquityLogicMatrix hideTitle value={matrix} onChange={setMatrix} />
    </>
  );
}
