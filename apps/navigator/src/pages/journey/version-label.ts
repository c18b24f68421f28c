import type { Translate } from '@wayfinder/core/messages';
import { dayFormatter } from '@wayfinder/core/messages';
import type { Journey } from '@wayfinder/core/navigator';
import type { appMessages } from '../../messages';

/** Saved versions by number, meeting day and save time: two saved the same day still differ. */
export function versionLabel(t: Translate<typeof appMessages>, locale: string, versions: Journey['tripTicket']) {
  const day = dayFormatter(locale);
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (index: number) => {
    const version = versions[index]!;
    return t('journey.version', { number: index + 1, date: day(version.date), savedAt: stamp.format(new Date(version.savedAt)) });
  };
}
