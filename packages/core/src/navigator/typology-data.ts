import { WayfinderError } from '../errors';
import { localizeWords, originalOf } from '../localize-words';
import type { Approach, Strategy, Typology } from './typology';

/**
 * The framework's typology as default data: three approaches and eight strategies with their
 * equity-focused variants (Scaling for Equity, Carnegie Foundation, 2022, CC BY 4.0; in our own
 * words). Plain data without the schemas, so a widget that only shows it stays small.
 */
export const defaultTypology: Typology = {
  approaches: [
    { id: 'innovation', name: 'Develop a scalable innovation', description: 'Shape the innovation itself so that it can travel to more classrooms and schools.' },
    { id: 'networks', name: 'Build and leverage educator networks', description: 'Let educators who use the innovation carry it to others.' },
    { id: 'policy', name: 'Influence state or local policymakers', description: 'Make policy and policymakers work for the innovation and its equity aims.' },
  ],
  strategies: [
    {
      id: 'co-design',
      approachId: 'innovation',
      name: 'Co-design the innovation',
      description: 'Design the innovation together with the people who will put it into practice.',
      equityVariant: 'Design with the people most affected by the inequities the innovation addresses: students, families and educators furthest from opportunity.',
      custom: false,
    },
    {
      id: 'scalable-characteristics',
      approachId: 'innovation',
      name: 'Design for scalable characteristics',
      description: 'Make the innovation easy to try, easy to see working, compatible with current practice, adaptable and not too complex.',
      equityVariant: 'Check each characteristic from the standpoint of the schools and students furthest from opportunity, not the best-resourced ones.',
      custom: false,
    },
    {
      id: 'proof-point',
      approachId: 'networks',
      name: 'Use a proof point',
      description: 'Showcase sites where the innovation works, so others can see it in action.',
      equityVariant: 'Choose sites that represent the schools to be reached, and give them no extra resources the others will not get.',
      custom: false,
    },
    {
      id: 'user-network',
      approachId: 'networks',
      name: 'Develop and sustain a network of innovation users',
      description: 'Connect the educators who use the innovation so they learn from and support one another.',
      equityVariant: 'Bring in educators from the schools furthest from opportunity and make sure their voices shape the network.',
      custom: false,
    },
    {
      id: 'local-champions',
      approachId: 'networks',
      name: 'Develop local champions',
      description: 'Grow teacher-leaders and others who advocate for the innovation where they work.',
      equityVariant: 'Champions reflect an array of people and perspectives, including those of the communities being served.',
      custom: false,
    },
    {
      id: 'policy-network',
      approachId: 'policy',
      name: 'Build or join a policy network',
      description: 'Work with others who try to influence the same policies.',
      equityVariant: 'Ally with groups that speak for the students and communities furthest from opportunity.',
      custom: false,
    },
    {
      id: 'shape-policy',
      approachId: 'policy',
      name: 'Shape state and local policy',
      description: 'Seek policies, funding and rules that support the innovation.',
      equityVariant: 'Seek policies that direct more support to the students furthest from opportunity, not the same to everyone.',
      custom: false,
    },
    {
      id: 'educate-policymakers',
      approachId: 'policy',
      name: 'Educate policymakers',
      description: 'Help policymakers understand the innovation, its evidence and its needs.',
      equityVariant: 'Put the experience and evidence of underserved students and communities in front of policymakers.',
      custom: false,
    },
  ],
};

/** A custom strategy added to an approach; its id is new and never clashes with the typology's. */
export function addCustomStrategy(typology: Typology, strategy: Omit<Strategy, 'id' | 'custom'>, id: string): Typology {
  if (typology.strategies.some((existing) => existing.id === id)) throw new WayfinderError('navigator/typology', `A strategy with id "${id}" already exists.`, [{ path: ['strategies'], message: `the id "${id}" is taken` }]);
  if (!typology.approaches.some((approach) => approach.id === strategy.approachId)) throw new WayfinderError('navigator/typology', `There is no approach "${strategy.approachId}".`, [{ path: ['approachId'], message: `no approach has the id "${strategy.approachId}"` }]);
  return { ...typology, strategies: [...typology.strategies, { ...strategy, id, custom: true }] };
}

/** Text of the typology in another language (or other words), by id; ids and structure stay. */
export interface TypologyTranslation {
  approaches?: Readonly<Record<string, Partial<Pick<Approach, 'name' | 'description'>>>>;
  strategies?: Readonly<Record<string, Partial<Pick<Strategy, 'name' | 'description' | 'equityVariant'>>>>;
}

export function translateTypology(typology: Typology, translation: TypologyTranslation): Typology {
  return {
    approaches: typology.approaches.map((approach) => ({ ...approach, ...translation.approaches?.[approach.id] })),
    strategies: typology.strategies.map((strategy) => ({ ...strategy, ...translation.strategies?.[strategy.id] })),
  };
}

/**
 * A stored typology shown in another language: words still the framework's own (as in
 * `original`) take the translation; a team's own words and strategies stay as written.
 */
export function localizeTypology(typology: Typology, translation: TypologyTranslation, original: Typology = defaultTypology): Typology {
  return {
    approaches: typology.approaches.map((approach) => localizeWords(approach, originalOf(approach, original.approaches), translation.approaches?.[approach.id])),
    strategies: typology.strategies.map((strategy) => localizeWords(strategy, strategy.custom ? undefined : originalOf(strategy, original.strategies), translation.strategies?.[strategy.id])),
  };
}
