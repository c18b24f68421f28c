export type { Messages, Translate } from './catalog';
export { createTranslator, localeDirection, validateMessages } from './catalog';
export { dayFormatter } from './day';
export type { MessageParams } from './format';
export { assertMessageSyntax, formatMessage, MessageSyntaxError } from './format';
