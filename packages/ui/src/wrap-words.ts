/** Words wrapped to lines of at most `characters` (a longer word is cut into pieces); past `most` lines the text ends in an ellipsis. */
export function wrapWords(text: string, characters: number, most = 5): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const pieces = word.length > characters ? word.match(new RegExp(`.{1,${characters}}`, 'gu'))! : [word];
    for (const piece of pieces) {
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= characters) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length > most) return [...lines.slice(0, most - 1), `${lines[most - 1]!.slice(0, characters - 1)}…`];
  return lines.length > 0 ? lines : [''];
}

