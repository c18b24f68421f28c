export const vennMessages = {
  'venn.title': 'Venn diagram of the truth table',
  'venn.keys': 'Each region is a row of the truth table, coloured by its OUT, with its number of cases. Click a region, or focus the diagram and use the arrow keys, then Enter to show the row in the table.',
  'venn.row': 'Row {row}: {term}. OUT {out, select, 1 {1 (sufficient)} 0 {0 (not sufficient)} C {C (contradiction)} other {? (remainder: no case)}}. {count, plural, =0 {No cases} one {# case} other {# cases}}{cases}.',
  'venn.cases': ': {cases}',
  'venn.legend.out': 'OUT',
  'venn.legend.positive': '1: sufficient',
  'venn.legend.negative': '0: not sufficient',
  'venn.legend.contradiction': 'C: contradiction',
  'venn.legend.remainder': '?: remainder',
  'venn.legend.sets': 'Conditions',
  'venn.highlight': 'Outlined: the rows of {term}',
  'venn.tooMany': 'A Venn diagram shows up to {most} conditions; this table has {count}. Leave some conditions out to see one.',
  'venn.multiValue': 'A Venn diagram shows conditions that are present or absent; {names} {count, plural, one {has} other {have}} more levels.',
  'venn.export.svg': 'Download SVG',
  'venn.export.png': 'Download PNG',
  'venn.export.failed': 'The diagram could not be drawn as a PNG in this browser; download the SVG instead.',
} as const;

export type VennMessageKey = keyof typeof vennMessages;

export const vennMessagesEs = {
  'venn.title': 'Diagrama de Venn de la tabla de verdad',
  'venn.keys': 'Cada región es una fila de la tabla de verdad, coloreada según su OUT, con su número de casos. Haz clic en una región, o enfoca el diagrama y usa las flechas, y luego Intro para mostrar la fila en la tabla.',
  'venn.row': 'Fila {row}: {term}. OUT {out, select, 1 {1 (suficiente)} 0 {0 (no suficiente)} C {C (contradicción)} other {? (remanente: sin casos)}}. {count, plural, =0 {Sin casos} one {# caso} other {# casos}}{cases}.',
  'venn.cases': ': {cases}',
  'venn.legend.out': 'OUT',
  'venn.legend.positive': '1: suficiente',
  'venn.legend.negative': '0: no suficiente',
  'venn.legend.contradiction': 'C: contradicción',
  'venn.legend.remainder': '?: remanente',
  'venn.legend.sets': 'Condiciones',
  'venn.highlight': 'Contorneadas: las filas de {term}',
  'venn.tooMany': 'Un diagrama de Venn muestra hasta {most} condiciones; esta tabla tiene {count}. Deja fuera algunas condiciones para ver uno.',
  'venn.multiValue': 'Un diagrama de Venn muestra condiciones presentes o ausentes; {names} {count, plural, one {tiene} other {tienen}} más niveles.',
  'venn.export.svg': 'Descargar SVG',
  'venn.export.png': 'Descargar PNG',
  'venn.export.failed': 'No se pudo dibujar el diagrama como PNG en este navegador; descarga el SVG.',
} satisfies Record<VennMessageKey, string>;
