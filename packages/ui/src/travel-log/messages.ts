export const travelLogMessages = {
  'travelLog.title': 'Travel log',
  'travelLog.empty': 'Nothing logged yet. Note what the team did, with whom, and what it decided.',
  'travelLog.count': '{count, plural, one {# entry} other {# entries}}',
  'travelLog.add': 'Log an entry',
  'travelLog.when': 'When',
  'travelLog.what': 'What we did',
  'travelLog.withWhom': 'With whom',
  'travelLog.where': 'Where',
  'travelLog.minutes': 'How long (minutes)',
  'travelLog.decisions': 'Decisions',
  'travelLog.save': 'Add to the log',
  'travelLog.error.what': 'Say what the team did.',
  'travelLog.error.when': 'Give the date and time.',
  'travelLog.added': 'Entry added to the travel log',
  'travelLog.minutesValue': '{minutes} min',
} as const;

export type TravelLogMessageKey = keyof typeof travelLogMessages;

export const travelLogMessagesEs = {
  'travelLog.title': 'Bitácora de viaje',
  'travelLog.empty': 'Aún no hay nada anotado. Anote qué hizo el equipo, con quién y qué decidió.',
  'travelLog.count': '{count, plural, one {# entrada} other {# entradas}}',
  'travelLog.add': 'Anotar una entrada',
  'travelLog.when': 'Cuándo',
  'travelLog.what': 'Qué hicimos',
  'travelLog.withWhom': 'Con quién',
  'travelLog.where': 'Dónde',
  'travelLog.minutes': 'Cuánto tiempo (minutos)',
  'travelLog.decisions': 'Decisiones',
  'travelLog.save': 'Añadir a la bitácora',
  'travelLog.error.what': 'Diga qué hizo el equipo.',
  'travelLog.error.when': 'Indica la fecha y la hora.',
  'travelLog.added': 'Entrada añadida a la bitácora',
  'travelLog.minutesValue': '{minutes} min',
} satisfies Record<TravelLogMessageKey, string>;
