import { useTranslate } from '@wayfinder/react/messages';
import { appMessages } from '../messages';

export function HomePage() {
  const t = useTranslate(appMessages);
  return (
    <article className="nav-page">
      <h1>{t('home.title')}</h1>
      <p className="nav-lead">{t('home.intro')}</p>
      <p>{t('home.storage')}</p>
      <footer className="nav-credit">
        <small>{t('home.credit')}</small>
      </footer>
    </article>
  );
}
