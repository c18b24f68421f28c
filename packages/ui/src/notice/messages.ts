export const noticeMessages = {
  'notice.tone.info': 'Note',
  'notice.tone.success': 'Done',
  'notice.tone.warning': 'Warning',
  'notice.tone.error': 'Error',
  'notice.issueCount': '{count, plural, one {# problem} other {# problems}}',
  'notice.moreIssues': '{count, plural, one {and # more problem} other {and # more problems}}',
  'notice.dismiss': 'Dismiss',
} as const;

export type NoticeMessageKey = keyof typeof noticeMessages;

export const noticeMessagesEs = {
  'notice.tone.info': 'Nota',
  'notice.tone.success': 'Listo',
  'notice.tone.warning': 'Advertencia',
  'notice.tone.error': 'Error',
  'notice.issueCount': '{count, plural, one {# problema} other {# problemas}}',
  'notice.moreIssues': '{count, plural, one {y # problema más} other {y # problemas más}}',
  'notice.dismiss': 'Cerrar',
} satisfies Record<NoticeMessageKey, string>;
