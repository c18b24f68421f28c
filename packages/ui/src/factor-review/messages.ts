export const factorReviewMessages = {
  'factors.title': 'Factor review',
  'factors.intro': 'What pushes and pulls on the journey? Name the factors at play, how they interact, and what to do about them.',
  'factors.examples': 'Examples: {examples}',
  'factors.questions': 'Questions to reflect on',
  'factors.count': '{count, plural, =0 {no factors yet} one {# factor} other {# factors}}',
  'factors.name': 'Factor',
  'factors.description': 'What is going on',
  'factors.supports': 'How it supports the work',
  'factors.barriers': 'How it gets in the way',
  'factors.actions': 'What we will do',
  'factors.add': 'Add a factor',
  'factors.add.in': 'Add a factor to “{category}”',
  'factors.remove': 'Remove {name}',
  'factors.unnamed': 'New factor',
  'factors.credit': 'Factor review from The Navigator, A Framework for Scaling for Equity (Carnegie Foundation, 2022), CC BY 4.0.',
} as const;

export type FactorReviewMessageKey = keyof typeof factorReviewMessages;

export const factorReviewMessagesEs = {
  'factors.title': 'Revisión de factores',
  'factors.intro': '¿Qué empuja y qué frena el viaje? Nombre los factores en juego, cómo interactúan y qué hacer con ellos.',
  'factors.examples': 'Ejemplos: {examples}',
  'factors.questions': 'Preguntas para reflexionar',
  'factors.count': '{count, plural, =0 {aún sin factores} one {# factor} other {# factores}}',
  'factors.name': 'Factor',
  'factors.description': 'Qué está pasando',
  'factors.supports': 'Cómo apoya el trabajo',
  'factors.barriers': 'Cómo lo obstaculiza',
  'factors.actions': 'Qué haremos',
  'factors.add': 'Añadir un factor',
  'factors.add.in': 'Añadir un factor a «{category}»',
  'factors.remove': 'Quitar {name}',
  'factors.unnamed': 'Nuevo factor',
  'factors.credit': 'Revisión de factores de The Navigator, A Framework for Scaling for Equity (Carnegie Foundation, 2022), CC BY 4.0.',
} satisfies Record<FactorReviewMessageKey, string>;
