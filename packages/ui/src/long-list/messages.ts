export const longListMessages = {
  'longList.more': 'Show {count, plural, one {# more} other {# more}} ({rest, plural, one {# not shown} other {# not shown}})',
} as const;

export type LongListMessageKey = keyof typeof longListMessages;

export const longListMessagesEs = {
  'longList.more': 'Mostrar {count, plural, one {# más} other {# más}} ({rest, plural, one {# sin mostrar} other {# sin mostrar}})',
} satisfies Record<LongListMessageKey, string>;
