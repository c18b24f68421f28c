export const pitStopMessages = {
  'pitStop.title': 'Pit stop on {date}',
  'pitStop.kind': 'Kind of stop',
  'pitStop.date': 'Date of the stop',
  'pitStop.remove': 'Delete this pit stop',
  'pitStop.planned': 'Planned',
  'pitStop.unplanned': 'Unplanned',
  'pitStop.occasion': 'What made this stop necessary?',
  'pitStop.occasion.hint': 'An election, a new superintendent, a hurricane…',
  'pitStop.question.stillHeaded': 'Are we still headed toward our destination?',
  'pitStop.question.broken': 'Is anything broken, and how do we fix it?',
  'pitStop.question.fuel': 'Is our fuel (money, people) running low?',
  'pitStop.question.driving': 'Who is driving, who is navigating, and who has been left behind?',
  'pitStop.notes': 'Notes',
  'pitStop.done': 'Talked through',
  'pitStop.progress': '{done} of 4 questions talked through',
  'pitStop.credit': 'Pit-stop checklist from The Navigator, A Framework for Scaling for Equity (Carnegie Foundation, 2022), CC BY 4.0.',
} as const;

export type PitStopMessageKey = keyof typeof pitStopMessages;

export const pitStopMessagesEs = {
  'pitStop.title': 'Parada del {date}',
  'pitStop.kind': 'Tipo de parada',
  'pitStop.date': 'Fecha de la parada',
  'pitStop.remove': 'Eliminar esta parada',
  'pitStop.planned': 'Planeada',
  'pitStop.unplanned': 'Imprevista',
  'pitStop.occasion': '¿Qué hizo necesaria esta parada?',
  'pitStop.occasion.hint': 'Una elección, una nueva superintendencia, un huracán…',
  'pitStop.question.stillHeaded': '¿Seguimos rumbo a nuestro destino?',
  'pitStop.question.broken': '¿Hay algo roto, y cómo lo arreglamos?',
  'pitStop.question.fuel': '¿Se nos acaba el combustible (dinero, personas)?',
  'pitStop.question.driving': '¿Quién conduce, quién orienta y a quién hemos dejado atrás?',
  'pitStop.notes': 'Notas',
  'pitStop.done': 'Conversado',
  'pitStop.progress': '{done} de 4 preguntas conversadas',
  'pitStop.credit': 'Lista de la parada de The Navigator, A Framework for Scaling for Equity (Carnegie Foundation, 2022), CC BY 4.0.',
} satisfies Record<PitStopMessageKey, string>;
