export const presenceMessages = {
  'presence.label': 'Also here',
  'presence.place': 'in {place}',
  'presence.joined': '{name} joined.',
  'presence.left': '{name} left.',
} as const;

export type PresenceMessageKey = keyof typeof presenceMessages;

export const presenceMessagesEs = {
  'presence.label': 'También aquí',
  'presence.place': 'en {place}',
  'presence.joined': '{name} se unió.',
  'presence.left': '{name} salió.',
} as const;
