import type { factorCategories } from './journey';

export type FactorCategory = (typeof factorCategories)[number];

export interface FactorCategoryGuide {
  id: FactorCategory;
  name: string;
  examples: string[];
  questions: string[];
}

/**
 * The factor review's four categories with example factors and reflective questions (Navigator
 * tool 4; Scaling for Equity, Carnegie Foundation, 2022, CC BY 4.0; questions in our own words).
 * Hosts can replace or translate it like the typology.
 */
export const defaultFactorGuide: FactorCategoryGuide[] = [
  {
    id: 'innovation',
    name: 'The innovation',
    examples: ['Complexity', 'Compatibility with existing practice', 'Observability'],
    questions: ['What about the innovation makes it easier or harder to take up in the schools furthest from opportunity?', 'Can educators see it working before they commit to it?'],
  },
  {
    id: 'educators',
    name: 'Educators',
    examples: ['Attitudes', 'Emotions', 'Personality and style', 'Descriptive characteristics'],
    questions: ['How do the educators who must enact it feel about it, and why?', 'Whose experience and background is missing among those taking it up?'],
  },
  {
    id: 'team',
    name: 'The improvement team',
    examples: ['Collaborative structures and routines', 'Communication mechanisms', 'Decision-making culture'],
    questions: ['How does the team decide, and who is heard when it does?', 'Do the team’s routines keep the equity aims in view?'],
  },
  {
    id: 'context',
    name: 'Community, district and state conditions',
    examples: ['Leadership', 'Competition for attention', 'Community beliefs and values', 'Policies', 'Large-scale issues or events'],
    questions: ['What around the schools pushes the work forward or holds it back?', 'Which community voices support the work, and which have not been asked?'],
  },
];

/** A guide's words in another language (or other words), by category id; ids and order stay. */
export type FactorGuideTranslation = Readonly<Partial<Record<FactorCategory, Partial<Omit<FactorCategoryGuide, 'id'>>>>>;

export function translateFactorGuide(guide: readonly FactorCategoryGuide[], translation: FactorGuideTranslation): FactorCategoryGuide[] {
  return guide.map((category) => ({ ...category, ...translation[category.id] }));
}
