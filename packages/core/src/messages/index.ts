export type { Messages, Translate } from './catalog';
export { createTranslator, localeDirection, validateMessages } from './catalog';
export type { MessageParams } from './format';
export { assertMessageSyntax, formatMessage, MessageSyntaxError } from './format';
