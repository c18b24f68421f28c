export type { Messages, Translate } from './catalog';
export { createTranslator, localeDirection, validateMessages } from './catalog';
export { dayFormatter, localIsoText } from './day';
export type { MessageParams } from './format';
export { assertMessageSyntax, formatMessage, MessageSyntaxError } from './format';
