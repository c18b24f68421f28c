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
 * announced politely to screen readers; moving between sections is not, so nobody is talked over.
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

/** Calls `joined` and `left` for the peers that came and went since the last list, not for those there when it mounted. */
function useAnnounceArrivals(peers: readonly Peer[], joined: (peer: Peer) => void, left: (peer: Peer) => void) {
  const previous = useRef<readonly Peer[] | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = peers;
    if (before === null) return;
    const ids = new Set(peers.map((peer) => peer.id));
    const idsBefore = new Set(before.map((peer) => peer.id));
    for (const peer of peers) if (!idsBefore.has(peer.id)) joined(peer);
    for (const peer of before) if (!ids.has(peer.id)) left(peer);
    // The callbacks are new each render: only a new list of peers is news.
  }, [peers]);
}

export { presenceMessages, presenceMessagesEs } from './messages';
export type { PresenceMessageKey } from './messages';
