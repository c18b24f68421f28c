import { downloadBlob, downloadText } from './file-button';

/** The presentation a chart's elements take from the kit's style sheet, copied onto each so the file looks the same anywhere. */
const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'paint-order', 'text-anchor', 'dominant-baseline'] as const;

/**
 * A chart as a standalone SVG file: the element cloned with the styles it has on the page written
 * onto each part (the theme's custom properties mean nothing outside it), on the page's background.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [copy, ...copy.querySelectorAll('*')];
  sources.forEach((source, index) => {
    const computed = getComputedStyle(source);
    const target = targets[index] as SVGElement;
    target.setAttribute('style', STYLED.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';'));
    // The page's classes, focus order and references to ids elsewhere on the page mean nothing in a file.
    for (const name of ['class', 'tabindex', 'role', 'aria-labelledby', 'aria-describedby', 'aria-hidden']) target.removeAttribute(name);
  });
  const { width, height } = svg.viewBox.baseVal;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  const page = getComputedStyle(svg.closest('.wf-root') ?? document.body).backgroundColor;
  // A page with no background colour of its own is white to the reader.
  background.setAttribute('fill', page === '' || page === 'transparent' || page === 'rgba(0, 0, 0, 0)' ? '#ffffff' : page);
  copy.prepend(background);
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = svg.getAttribute('aria-labelledby') ? (document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent ?? '') : '';
  copy.prepend(title);
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, filename: string) {
  downloadText(standaloneSvg(svg), filename, 'image/svg+xml');
}

/** The chart drawn at `scale` times its size into a PNG, for a slide or a document that takes no SVG. */
export function downloadPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    // The caller says what failed in its reader's words; this error is for the console.
    const failed = () => reject(new Error('The chart could not be drawn as a PNG.'));
    image.onload = () => {
      URL.revokeObjectURL(url);
      try {
        const canvas = document.createElement('canvas');
        canvas.width = width * scale;
        canvas.height = height * scale;
        const context = canvas.getContext('2d');
        if (!context) return failed();
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((blob) => (blob ? resolve(downloadBlob(blob, filename)) : failed()), 'image/png');
      } catch {
        failed();
      }
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      failed();
    };
    image.src = url;
  });
}
