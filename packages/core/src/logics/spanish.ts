import type { MatrixSchemeTranslation } from './matrix';
import type { SchemeTranslation } from './scheme-data';

/** The study's coding scheme in Spanish, by id. Use with `localizeScheme` or `translateScheme`. */
export const schemeEs: SchemeTranslation = {
  logics: { performance: { label: 'Lógica de rendimiento' }, 'racial-equity': { label: 'Lógica de equidad racial' } },
  codes: {
    quantification: { label: 'Cuantificación', description: 'Se apoya en datos, evaluaciones y mediciones.', low: 'Poca confianza en la cuantificación', high: 'Se apoya en la cuantificación' },
    standardization: { label: 'Estandarización', description: 'Enfoques uniformes en lugar de variados o personalizados.', low: 'Enfoques variados y personalizados', high: 'Enfoques uniformes y estandarizados' },
    accountability: { label: 'Rendición de cuentas', description: 'Incentivos y sanciones en lugar de responsabilidad profesional o moral.', low: 'Responsabilidad profesional o moral', high: 'Incentivos y sanciones' },
    equality: { label: 'Igualdad', description: 'Cómo se ve al alumnado y a las comunidades.', low: 'Centrada en carencias', high: 'Centrada en fortalezas' },
    equity: { label: 'Equidad', description: 'Prioriza a las comunidades marginadas; redistribución.', low: 'Lo mismo para todos', high: 'Prioriza a las comunidades marginadas' },
    justice: { label: 'Justicia', description: 'Confrontar la inequidad; cuestionar los sesgos del sistema.', low: 'No cuestiona el sistema', high: 'Confronta la inequidad y los sesgos del sistema' },
  },
};

/** Gutiérrez's dimensions of equity and the three aspects of the equity-logic matrix in Spanish. Use with `localizeMatrixScheme`. */
export const matrixSchemeEs: MatrixSchemeTranslation = {
  dimensions: {
    access: { label: 'Acceso', description: 'Recursos y oportunidades: quién puede participar, y con qué.' },
    achievement: { label: 'Logro', description: 'Resultados medidos: puntuaciones, finalización, brechas entre grupos.' },
    identity: { label: 'Identidad', description: 'Las culturas, lenguas e identidades del alumnado como recursos.' },
    power: { label: 'Poder', description: 'Voz y toma de decisiones; cambiar quién tiene el poder.' },
  },
  aspects: {
    problem: { label: 'Foco del problema', description: 'Cómo define la red el problema en el que trabaja.' },
    groups: { label: 'Grupos identificados', description: 'A qué estudiantes o comunidades nombra.' },
    solution: { label: 'Naturaleza de la solución', description: 'Qué cambia, y para quién.' },
  },
};
