/**
 * Compares a result with a reference result: every key of the reference must be present and equal
 * (numbers to a relative 1e-9, QCA's printed precision being 15 digits; with `zero`, two numbers
 * both within it of 0 are equal, as the SPC format says); keys only in ours are extensions and
 * ignored. Returns every difference with its path, not just the first.
 */
export declare function differences(expected: unknown, actual: unknown, path?: string, out?: string[], tolerance?: {
    zero?: number;
}): string[];
//# sourceMappingURL=compare.d.ts.map