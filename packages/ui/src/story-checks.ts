/**
 * For stories' play functions: the pieces of `element`'s own text matching `pattern` (global) that
 * span more than one line. A range over a piece on one line has one box.
 */
export function piecesOverLines(element: Element, pattern: RegExp): string[] {
  const split: string[] = [];
  for (const node of [...element.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE)) {
    for (const piece of (node.textContent ?? '').matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, piece.index);
      range.setEnd(node, piece.index + piece[0].length);
      if (range.getClientRects().length > 1) split.push(piece[0]);
    }
  }
  return split;
}
