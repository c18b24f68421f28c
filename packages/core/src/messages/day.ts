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

/** A moment as ISO text on the reader's own clock, not UTC (`2026-12-07T21:30:00.000`): its first ten characters are the day where the reader is. */
export function localIsoText(at: Date): string {
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, -1);
}
