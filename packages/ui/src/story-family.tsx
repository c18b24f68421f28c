import type { ComponentType, ReactNode } from 'react';

/** A widget's stories as a family page shows them: its meta, the story to show, and the one to show in Spanish where the host passes Spanish data. */
export interface FamilyMember {
  meta: { title?: string; component?: ComponentType<Record<string, unknown>>; args?: object; render?: (args: never, context: never) => ReactNode };
  story: { args?: object; render?: (args: never, context: never) => ReactNode };
  spanish?: { args?: object };
}

/**
 * Every widget of a family on one page, so a theme, a language or a direction is seen (and checked
 * by axe at 360 px) across the family at once, rather than in four copies of each widget's stories.
 */
export function FamilyPage({ members, spanish = false }: { members: readonly FamilyMember[]; spanish?: boolean }) {
  return (
    <div style={{ display: 'grid', gap: '3rem' }}>
      {members.map(({ meta, story, spanish: spanishStory }) => {
        const args: Record<string, unknown> = { ...meta.args, ...(spanish && spanishStory ? spanishStory.args : story.args) };
        const render = story.render ?? meta.render;
        const Component = meta.component!;
        return (
          <section key={meta.title} aria-label={meta.title} data-family-member>
            {render ? render(args as never, {} as never) : <Component {...args} />}
          </section>
        );
      })}
    </div>
  );
}

/** Checks a family page drew every member (a story's play function). */
export async function everyMemberDrawn(root: HTMLElement, count: number) {
  const drawn = [...root.querySelectorAll('[data-family-member]')].filter((member) => (member.textContent ?? '').trim().length > 0);
  if (drawn.length !== count) throw new Error(`${drawn.length} of ${count} widgets drawn`);
}

/**
 * What a family page's meta holds besides its title (which Storybook reads from the file itself):
 * the members drawn together, a check that each was drawn, and what the page is for.
 */
export function familyMeta(members: readonly FamilyMember[], description: string) {
  return {
    args: { spanish: false },
    render: ({ spanish }: { spanish: boolean }) => <FamilyPage members={members} spanish={spanish} />,
    play: ({ canvasElement }: { canvasElement: HTMLElement }) => everyMemberDrawn(canvasElement, members.length),
    parameters: { layout: 'padded', controls: { disable: true }, docs: { description: { component: description } } },
  };
}
