import { isWayfinderError } from '@wayfinder/core/errors';
import { useTranslate } from '@wayfinder/react/messages';
import { Notice } from '@wayfinder/ui/notice';
import { Presence } from '@wayfinder/ui/presence';
import { appMessages } from '../../messages';
import { useSharedJourney } from '../../sharing';
import type { SharingStatus } from '../../sharing';

const statusKey = (status: SharingStatus) =>
  status.connection === 'local'
    ? 'sharing.status.local'
    : status.connection === 'connected'
      ? status.unsent
        ? 'sharing.status.sending'
        : 'sharing.status.connected'
      : status.connection === 'connecting'
        ? 'sharing.status.connecting'
        : 'sharing.status.disconnected';

/**
 * Where a shared journey stands (sent, sending, offline and kept here) and who else is here, above
 * the journey's sections; nothing while the journey is this browser's own. The state line is not
 * live: a connection coming and going is not read out. A refusal is.
 */
export function SharingBar({ place }: { place: string }) {
  const t = useTranslate(appMessages);
  const shared = useSharedJourney();
  if (!shared) return null;
  const { status } = shared;
  const describePlace = (key: string) => (key in appMessages && key.startsWith('journey.section.') ? t(key as 'journey.section.trip-ticket') : undefined);
  return (
    <div className="nav-sharing">
      <p className="nav-help" data-connection={status.connection}>
        {t(statusKey(status))}
      </p>
      <Presence awareness={shared.awareness} user={shared.user} place={`journey.section.${place}`} describePlace={describePlace} />
      {status.authRefused !== null && (
        <Notice tone="error" live title={t('sharing.status.authRefused')}>
          <p>{t('sharing.status.authRefused.help', { reason: status.authRefused })}</p>
        </Notice>
      )}
      {status.refusal && (
        <Notice tone="warning" live title={t('sharing.status.refused')} issues={isWayfinderError(status.refusal) ? status.refusal.issues : []}>
          <p>{t('sharing.status.refused.help')}</p>
        </Notice>
      )}
    </div>
  );
}
