import { useTranslate } from '@wayfinder/react/messages';
import { appMessages } from '../messages';
import { useTeamSharing } from '../sharing';
import { hrefOf } from '../use-hash-route';
import type { Workspace } from '../workspace';

export function HomePage({ workspace }: { workspace: Workspace }) {
  const t = useTranslate(appMessages);
  const { journey, coding } = workspace;
  const shared = useTeamSharing();
  const counts =
    journey.status === 'ready' && coding.status === 'ready'
      ? t('home.counts', { versions: journey.value.tripTicket.length, stops: journey.value.pitStops.length, respondents: coding.value.respondents.length })
      : null;
  return (
    <article className="nav-page">
      <h1>{t('home.title')}</h1>
      <p className="nav-lead">{t('home.intro')}</p>
      <ul className="nav-cards">
        {(['journey', 'analysis', 'logics'] as const).map((route) => (
          <li key={route}>
            <a href={hrefOf(route)}>{t(`app.nav.${route}`)}</a>
            <p>{t(`home.${route}`)}</p>
          </li>
        ))}
      </ul>
      {counts && <p>{counts}</p>}
      <p>{t(shared ? 'home.storage.shared' : 'home.storage')}</p>
      <footer className="nav-credit">
        <small>{t('home.credit')}</small>
      </footer>
    </article>
  );
}
