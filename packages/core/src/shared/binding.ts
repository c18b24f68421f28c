import * as z from 'zod/mini';
import type { Result } from '../errors';
import { WayfinderError } from '../errors';
import { plural, schemaIssues } from '../schema-issues';
import type { Binding, Shape } from './json-doc';
import { shapeOf } from './json-doc';

/**
 * A document kind's place in a Y.Doc and the check an update from elsewhere must pass: the shape of
 * its schema. Links between its parts are not checked here: two right edits can break one together
 * (a code deleted while another coder scores it), and refusing the merge on both sides would keep
 * the copies apart for good; the file reader of the kind reports them.
 */
export function schemaBinding<T>(root: string, schema: z.ZodMiniType<T>, code: string, what: string): Binding<T> & { shape: Shape } {
  return {
    root,
    shape: shapeOf(schema),
    check: (json: unknown): Result<T> => {
      const parsed = z.safeParse(schema, json);
      if (parsed.success) return { ok: true, value: parsed.data };
      const issues = schemaIssues(parsed.error.issues);
      return { ok: false, error: new WayfinderError(code, `The shared ${what} has ${plural(issues.length, 'problem')}.`, issues) };
    },
  };
}
