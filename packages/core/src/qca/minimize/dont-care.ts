import type { Term } from '../terms';
import { ABSENT, covers, literalCount } from '../terms';
import type { TruthTable } from '../truth-table';
import { isDontCare, literalLevels } from '../truth-table';
import type { Implicant, ImplicantTable } from './implicant-table';
import { coversAt, implicantTable, termAt } from './implicant-table';

// Temporal QCA (Ragin and Strand 2008; QCA's `-` / `dc` cells): a condition that does not apply
// to a case. In the truth table the "don't care" is a level of its own, by which QCA numbers the
// rows; no written term names it.

/** The items, each key's first only, in their order. */
function firstOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

/**
 * A positive row as QCA's conservative minimization reads it: its "don't care" conditions free,
 * codes level + 1 and 0 for free.
 */
function cubeCodes(table: TruthTable, values: readonly number[]): number[] {
  return values.map((level, j) => (isDontCare(table, j, level) ? 0 : level + 1));
}

/**
 * Quine–McCluskey over cubes, step for step as QCA's `C_QMC`: two cubes merge where they differ in
 * one condition both name (with each of its levels present once among the cubes alike elsewhere), and
 * cubes with different free conditions never merge, so a row whose sequence does not apply is not
 * joined with one where it does. Returns the cubes left, as QCA leaves them before its sort, each once.
 */
export function mergeCubes(cubes: readonly (readonly number[])[], levels: readonly number[]): number[][] {
  let current = cubes.map((cube) => [...cube]);
  const nconds = levels.length;
  let found = 1;
  while (found > 0 && current.length > 1) {
    found = 0;
    const merged = new Array<boolean>(current.length).fill(false);
    const made: number[][] = [];
    for (let a = 0; a < current.length; a += 1) {
      for (let b = a + 1; b < current.length; b += 1) {
        const first = current[a]!;
        const second = current[b]!;
        const joined = [...first];
        let differences = 0;
        let which = -1;
        let comparable = true;
        for (let r = 0; r < nconds && differences < 2 && comparable; r += 1) {
          if (first[r] === second[r]) continue;
          comparable = first[r]! > 0 && second[r]! > 0;
          differences += 1;
          which = r;
          joined[r] = 0;
        }
        if (differences !== 1 || !comparable) continue;
        const group = [a, b];
        // Each of the condition's levels once: QCA's C_QMC does not check, and with cubes repeated
        // (one merged anew equal to one left as it came) would merge without a level present.
        const seen = new Set([first[which], second[which]]);
        for (let c = 0; c < current.length && group.length < levels[which]!; c += 1) {
          const code = current[c]![which]!;
          if (c === a || c === b || code === 0 || seen.has(code)) continue;
          if (current[c]!.every((other, r) => r === which || other === joined[r])) {
            group.push(c);
            seen.add(code);
          }
        }
        if (group.length < levels[which]!) continue;
        for (const member of group) merged[member] = true;
        if (!made.some((cube) => cube.every((code, r) => code === joined[r]))) {
          made.push(joined);
          found += 1;
        }
      }
    }
    // A cube merged anew can equal one that was left as it came: it is one term.
    current = firstOfEach([...made, ...current.filter((_, index) => !merged[index])], (cube) => cube.join(','));
  }
  return current;
}

/**
 * The implicants of an on-set (rows' values) of a table with "don't care" values: its merged cubes,
 * each with the `positive` rows it holds. The conservative solution's, and the intermediate one's
 * with the easy counterfactuals among the rows.
 */
export function cubeImplicants(table: TruthTable, onSet: readonly (readonly number[])[], positive: readonly (readonly number[])[]): ImplicantTable {
  const levels = literalLevels(table);
  const cubes = mergeCubes(
    onSet.map((values) => cubeCodes(table, values)),
    levels,
  );
  const implicants = cubes.map((cube): Implicant => {
    const term = cube.map((code) => (code === 0 ? ABSENT : code - 1));
    return { term, literals: literalCount(term), covers: positive.flatMap((row, r) => (covers(term, row) ? [r] : [])) };
  });
  return implicantTable(implicants, levels);
}

export type DontCareReading = { implicants: ImplicantTable } | { unexplained: number[] } | { emptyTerm: true };

/**
 * The parsimonious implicants of a table with "don't care" values, found over the row levels (a
 * "don't care" is a value no negative row may share), as they are written.
 * - `qca`: as QCA writes them, the "don't care" literals left out, each keeping the rows it was
 *   found to cover and ordered by the literals it was found with; terms that read alike after that
 *   are kept once, covering what their written form holds (QCA's `unique` and `makeChart`). The
 *   written term can then hold negative rows.
 * - `corrected`: only the implicants that name no "don't care": each holds no negative row as
 *   written. A positive row only a "don't care" tells apart from the negative rows is named.
 */
export function writtenImplicants(table: TruthTable, found: ImplicantTable, positive: readonly (readonly number[])[], compat: 'qca' | 'corrected'): DontCareReading {
  const written: { term: Term; rows: number[]; named: boolean; found: number }[] = [];
  for (let index = 0; index < found.count; index += 1) {
    const term = termAt(found, index);
    const named = term.some((level, j) => level !== ABSENT && isDontCare(table, j, level));
    written.push({ term: term.map((level, j) => (level !== ABSENT && isDontCare(table, j, level) ? ABSENT : level)), rows: coversAt(found, index), named, found: found.literals[index]! });
  }
  const levels = literalLevels(table);
  if (compat === 'corrected') {
    const kept = written.filter((implicant) => !implicant.named);
    const covered = new Set(kept.flatMap((implicant) => implicant.rows));
    const unexplained = positive.flatMap((_, r) => (covered.has(r) ? [] : [r]));
    if (unexplained.length > 0) return { unexplained };
    return { implicants: implicantTable(kept.map((implicant) => ({ term: implicant.term, literals: literalCount(implicant.term), covers: implicant.rows })), levels) };
  }
  if (written.some((implicant) => literalCount(implicant.term) === 0)) return { emptyTerm: true };
  const kept = firstOfEach(written, (implicant) => implicant.term.join(','));
  const repeated = kept.length < written.length;
  return {
    implicants: implicantTable(
      kept.map((implicant) => ({
        term: implicant.term,
        // QCA orders its implicants by the literals they were found with, "don't care" ones included.
        literals: implicant.found,
        covers: repeated ? positive.flatMap((row, r) => (covers(implicant.term, row) ? [r] : [])) : implicant.rows,
      })),
      levels,
    ),
  };
}
