export const xyPlotMessages = {
  'xy.title': '{x} and {y}',
  'xy.description': 'Each dot is a case: membership in {x} across, in {y} up. Dots above the diagonal fit "{x} is sufficient for {y}"; dots below it, "necessary".',
  'xy.sufficiency': 'Sufficiency: consistency {incl}, coverage {cov}',
  'xy.necessity': 'Necessity: consistency {incl}, coverage {cov}, relevance {ron}',
  'xy.deviant.sufficiency': '{count, plural, =0 {No deviant cases in kind} one {# deviant case in kind (in {x} but not in {y})} other {# deviant cases in kind (in {x} but not in {y})}}',
  'xy.deviant.necessity': '{count, plural, =0 {No deviant cases in kind} one {# deviant case in kind (in {y} but not in {x})} other {# deviant cases in kind (in {y} but not in {x})}}',
  'xy.table.summary': 'Memberships of {count} cases',
  'xy.table.case': 'Case',
  'xy.case': '{case}: {x} {xValue}, {y} {yValue}',
  'xy.empty': 'No cases to plot.',
  'xy.group': '{count} cases',
  'xy.export.svg': 'Download SVG',
  'xy.export.png': 'Download PNG',
  'xy.export.failed': 'The plot could not be drawn as a PNG in this browser; download the SVG instead.',
  'xy.keys': 'Tab to the dots, then use the arrow keys to move between them; cases on the same point share a dot with their count.',
} as const;

export type XyPlotMessageKey = keyof typeof xyPlotMessages;

export const xyPlotMessagesEs = {
  'xy.title': '{x} y {y}',
  'xy.description': 'Cada punto es un caso: pertenencia a {x} en horizontal, a {y} en vertical. Los puntos sobre la diagonal se ajustan a «{x} es suficiente para {y}»; los de debajo, a «necesaria».',
  'xy.sufficiency': 'Suficiencia: consistencia {incl}, cobertura {cov}',
  'xy.necessity': 'Necesidad: consistencia {incl}, cobertura {cov}, relevancia {ron}',
  'xy.deviant.sufficiency': '{count, plural, =0 {Ningún caso desviado en tipo} one {# caso desviado en tipo (en {x} pero no en {y})} other {# casos desviados en tipo (en {x} pero no en {y})}}',
  'xy.deviant.necessity': '{count, plural, =0 {Ningún caso desviado en tipo} one {# caso desviado en tipo (en {y} pero no en {x})} other {# casos desviados en tipo (en {y} pero no en {x})}}',
  'xy.table.summary': 'Pertenencias de {count} casos',
  'xy.table.case': 'Caso',
  'xy.case': '{case}: {x} {xValue}, {y} {yValue}',
  'xy.empty': 'No hay casos que mostrar.',
  'xy.group': '{count} casos',
  'xy.export.svg': 'Descargar SVG',
  'xy.export.png': 'Descargar PNG',
  'xy.export.failed': 'El gráfico no se pudo dibujar como PNG en este navegador; descarga el SVG en su lugar.',
  'xy.keys': 'Usa el tabulador para llegar a los puntos y las flechas para moverte entre ellos; los casos en el mismo punto comparten uno, con su número.',
} satisfies Record<XyPlotMessageKey, string>;
