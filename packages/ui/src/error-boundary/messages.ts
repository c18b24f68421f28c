export const errorBoundaryMessages = {
  'boundary.title': 'This part of the page could not be shown',
  'boundary.titleNamed': '{name} could not be shown',
  'boundary.reason': 'What went wrong: {reason}',
  'boundary.rest': 'The rest of the page still works, and nothing you entered elsewhere is lost.',
  'boundary.retry': 'Try again',
} as const;

export type ErrorBoundaryMessageKey = keyof typeof errorBoundaryMessages;

export const errorBoundaryMessagesEs = {
  'boundary.title': 'Esta parte de la página no se pudo mostrar',
  'boundary.titleNamed': 'No se pudo mostrar {name}',
  'boundary.reason': 'Qué falló: {reason}',
  'boundary.rest': 'El resto de la página sigue funcionando y no se pierde nada de lo que escribiste en otras partes.',
  'boundary.retry': 'Intentar de nuevo',
} satisfies Record<ErrorBoundaryMessageKey, string>;
