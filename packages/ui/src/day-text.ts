/**
 * A calendar day (YYYY-MM-DD) in the reader's language, the same day wherever the reader is;
 * text that is not such a day (a draft being typed) is shown as it is.
 */
export function dayText(day: string, locale: string): string {
  const at = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? day : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}
