/**
 * Calendar days (YYYY-MM-DD) in the reader's language, the same day wherever the reader is; text
 * that is not such a day (a draft being typed) is shown as it is. One formatter for many days.
 */
export function dayFormatter(locale: string): (day: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (day) => {
    const at = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(at.getTime()) ? day : format.format(at);
  };
}
