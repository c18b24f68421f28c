import { useAnnounce } from '@wayfinder/react/announcer';
import { useTranslate } from '@wayfinder/react/messages';
import type { AwarenessLike, Peer, PresenceUser } from '@wayfinder/react/presence';
import { usePresence } from '@wayfinder/react/presence';
import { useEffect, useId, useRef } from 'react';
import { withErrorBoundary } from '../error-boundary';
import { presenceMessages } from './messages';

export interface PresenceProps {
  /** The shared document's awareness (a HocuspocusProvider's `awareness`, say); null while it is not shared. */
  awareness: AwarenessLike | null;
  /** This user as the others see them. */
  user: PresenceUser;
  /** Where this user is (a section or field key of the host's), told to the others. */
  place?: string | null;
  /** A place key in the host's words ("Trip ticket"); a key it does not know is not shown. */
  describePlace?: (place: string) => string | undefined;
  className?: string;
}

/**
 * Who else has the shared document open, and where each is, in one line: a dot of their colour,
 * their name and the place. Nothing shows while nobody else is here. Someone joining or leaving is
 * announced politely to screen readers (not those found here on arrival, nor a reconnection);
 * moving between sections is not, so nobody is talked over.
 */
export const Presence = withErrorBoundary(function Presence({ awareness, user, place = null, describePlace, className }: PresenceProps) {
  const t = useTranslate(presenceMessages);
  const announce = useAnnounce();
  const peers = usePresence(awareness, user, place);
  const titleId = useId();
  useAnnounceArrivals(peers, (peer) => announce(t('presence.joined', { name: peer.name })), (peer) => announce(t('presence.left', { name: peer.name })));
  if (peers.length === 0) return null;
  return (
    <section className={className ? `wf-presence ${className}` : 'wf-presence'} aria-labelledby={titleId}>
      <span className="wf-presence__title" id={titleId}>
        {t('presence.label')}
      </span>
      <ul className="wf-presence__list">
        {peers.map((peer) => {
          const where = peer.place === null ? undefined : describePlace?.(peer.place);
          return (
            <li key={peer.id} className="wf-presence__peer">
              <span className="wf-presence__dot" style={{ backgroundColor: peer.colour }} aria-hidden="true" />
              <span className="wf-presence__name">{peer.name}</span>
              {where && (
                <>
                  {' '}
                  <span>{t('presence.place', { place: where })}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});

/**
 * How long a coming or going waits before it is news: the people found here in the first moments
 * (while this user connects) are listed, not announced, and someone who drops out and is back
 * within it (a reconnection, theirs or this user's) was never gone.
 */
const SETTLING_MS = 3000;

/** Calls `joined` and `left` for the people who really came and went (see `SETTLING_MS`). */
function useAnnounceArrivals(peers: readonly Peer[], joined: (peer: Peer) => void, left: (peer: Peer) => void) {
  const since = useRef<number | null>(null);
  const present = useRef(new Map<number, Peer>());
  const leaving = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    since.current ??= Date.now();
    const settling = Date.now() - since.current < SETTLING_MS;
    const ids = new Set(peers.map((peer) => peer.id));
    for (const peer of peers) {
      const back = leaving.current.get(peer.id);
      if (back !== undefined) {
        clearTimeout(back);
        leaving.current.delete(peer.id);
      } else if (!present.current.has(peer.id) && !settling) joined(peer);
      present.current.set(peer.id, peer);
    }
    for (const [id, peer] of present.current) {
      if (ids.has(id) || leaving.current.has(id)) continue;
      leaving.current.set(
        id,
        setTimeout(() => {
          leaving.current.delete(id);
          present.current.delete(id);
          left(peer);
        }, SETTLING_MS),
      );
    }
    // The callbacks are new each render: only a new list of peers is news.
  }, [peers]);
  useEffect(() => {
    const timers = leaving.current;
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, []);
}

export { presenceMessages, presenceMessagesEs } from './messages';
export type { PresenceMessageKey } from './messages';
