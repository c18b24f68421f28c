import type { Fishbone, FishboneCause } from '@wayfinder/core/navigator/diagrams';
import { wrapWords } from '../wrap-words';

/** A cause set aside by the equity filters: one the system cannot change by its own action, or one that places the problem in students. */
export const setAside = (cause: Pick<FishboneCause, 'reach' | 'about'>) => cause.reach === 'influence' || cause.reach === 'outside' || cause.about === 'students';

export interface FishboneLine {
  causeId: string;
  text: string;
  /** Where the text ends (it is written right-aligned, up to its bone). */
  x: number;
  y: number;
  depth: number;
}

export interface FishboneBone {
  categoryId: string;
  name: string;
  /** Where the bone meets the spine, and its outer end. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lines: FishboneLine[];
}

export interface FishboneLayout {
  bones: FishboneBone[];
  spineY: number;
  head: { x: number; y: number; width: number; height: number; lines: string[] };
  width: number;
  height: number;
}

const BONE_SPACING = 230;
const SLANT = 70;
const LINE_HEIGHT = 15;
const LABEL_ROOM = 22;
const HEAD_WIDTH = 190;
const CHARACTERS = 32;

const cut = (text: string, characters = CHARACTERS) => (text.length > characters ? `${text.slice(0, characters - 1)}…` : text);

/** A category's causes in outline order (each followed by the causes of it), with their depth. */
export function causesInOrder(causes: readonly FishboneCause[], categoryId: string): { cause: FishboneCause; depth: number }[] {
  const inCategory = causes.filter((cause) => cause.categoryId === categoryId);
  const ids = new Set(inCategory.map((cause) => cause.id));
  const ordered: { cause: FishboneCause; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    for (const cause of inCategory) {
      const parent = cause.parentId !== null && ids.has(cause.parentId) ? cause.parentId : null;
      if (parent !== parentId || seen.has(cause.id)) continue;
      seen.add(cause.id);
      ordered.push({ cause, depth });
      walk(cause.id, depth + 1);
    }
  };
  walk(null, 0);
  // Causes in a loop of "why"s reach no root: listed at the end rather than lost.
  for (const cause of inCategory) if (!seen.has(cause.id)) ordered.push({ cause, depth: 0 });
  return ordered;
}

/**
 * The drawing of a fishbone: the problem at the head on the right, the spine to it, and the
 * categories as bones above and below in turn, each with its causes written beside it (sub-causes
 * indented), long ones cut (the outline holds them whole). Bones are spaced so their lists never
 * meet.
 */
export function fishboneLayout(fishbone: Fishbone, emptyProblem: string): FishboneLayout {
  const categories = fishbone.categories;
  const lists = categories.map((category) => causesInOrder(fishbone.causes, category.id));
  const top = categories.map((_, index) => index).filter((index) => index % 2 === 0);
  const bottom = categories.map((_, index) => index).filter((index) => index % 2 === 1);
  const room = (indices: number[]) => Math.max(60, ...indices.map((index) => LABEL_ROOM + lists[index]!.length * LINE_HEIGHT + 16));
  const [topHeight, bottomHeight] = [room(top), room(bottom)];
  const spineY = topHeight + 10;
  const slots = Math.max(1, top.length, bottom.length);
  const spineEnd = slots * BONE_SPACING + 40;
  const bones = categories.map((category, index): FishboneBone => {
    const above = index % 2 === 0;
    const slot = Math.floor(index / 2);
    const x1 = spineEnd - slot * BONE_SPACING - 30;
    const y2 = above ? spineY - topHeight + LABEL_ROOM - 6 : spineY + bottomHeight - LABEL_ROOM + 6;
    const x2 = x1 - SLANT;
    const firstLine = above ? spineY - topHeight + LABEL_ROOM + LINE_HEIGHT : spineY + 16 + LINE_HEIGHT;
    // Each cause ends just short of its bone (written right-aligned), sub-causes a step further out.
    const boneAt = (y: number) => x2 + ((x1 - x2) * (y - y2)) / (spineY - y2);
    const lines = lists[index]!.map(({ cause, depth }, at) => {
      const y = firstLine + at * LINE_HEIGHT;
      // A cause of a cause reads as one: "– " before it, and a step further from the bone.
      return { causeId: cause.id, text: `${depth > 0 ? '– ' : ''}${cut(cause.text.trim() || '…', CHARACTERS - depth * 3)}`, x: boneAt(y - 4) - 8 - depth * 12, y, depth };
    });
    return { categoryId: category.id, name: cut(category.name.trim() || '…', 26), x1, y1: spineY, x2, y2, lines };
  });
  const headLines = wrapWords(fishbone.problem.trim() || emptyProblem, 22, 6);
  const headHeight = headLines.length * LINE_HEIGHT + 16;
  return {
    bones,
    spineY,
    head: { x: spineEnd, y: spineY - headHeight / 2, width: HEAD_WIDTH, height: headHeight, lines: headLines },
    width: spineEnd + HEAD_WIDTH + 4,
    height: Math.max(spineY + bottomHeight + 10, spineY + headHeight / 2 + 4),
  };
}
