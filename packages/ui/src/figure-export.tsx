import type { RefObject } from 'react';
import { useState } from 'react';
import { Notice } from './notice';
import { downloadPng, downloadSvg } from './svg-export';

export interface FigureExportProps {
  /** The drawing to download. */
  svg: RefObject<SVGSVGElement | null>;
  /** The files' name without extension. */
  fileName: string;
  /** The widget's words: the two buttons, and what to say when the browser cannot draw the PNG. */
  labels: { svg: string; png: string; failed: string };
  className: string;
  tone?: 'error' | 'warning';
}

/** A figure's downloads: the drawing as SVG and as PNG, and a notice when the browser cannot draw the PNG. */
export function FigureExport({ svg, fileName, labels, className, tone = 'error' }: FigureExportProps) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <div className={className}>
        <button type="button" className="wf-button" onClick={() => svg.current && downloadSvg(svg.current, `${fileName}.svg`)}>
          {labels.svg}
        </button>
        <button type="button" className="wf-button" onClick={() => svg.current && downloadPng(svg.current, `${fileName}.png`).then(() => setFailed(false), () => setFailed(true))}>
          {labels.png}
        </button>
      </div>
      {failed && <Notice tone={tone} live title={labels.failed} />}
    </>
  );
}
