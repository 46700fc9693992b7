/**
 * The overlap rules shared by the parsers, the validator and the sendMessage combination.
 *
 * - Bold and italic are pure styles: they may overlap or nest with anything. Two of the same
 *   style that overlap or touch are merged into one (`*a**b*` style input, nested <b><b>).
 * - Every other entity (code, pre, preCode, textUrl, mentionName and the detected kinds) must
 *   not intersect another non-style entity at all, not even by nesting.
 */
import { STYLE_TYPE_NAMES, sortEntities, type TextEntity } from './types.js';

/** Merge overlapping or touching entities of the same style; input sorted, output sorted. */
export function mergeStyles(entities: TextEntity[]): TextEntity[] {
  const lastOfStyle = new Map<string, TextEntity>();
  const out: TextEntity[] = [];
  let changed = false;
  for (const e of entities) {
    if (STYLE_TYPE_NAMES.has(e.type._)) {
      const last = lastOfStyle.get(e.type._);
      if (last && e.offset <= last.offset + last.length) {
        last.length = Math.max(last.length, e.offset + e.length - last.offset);
        changed = true;
        continue;
      }
      const copy = { ...e };
      lastOfStyle.set(e.type._, copy);
      out.push(copy);
    } else out.push(e);
  }
  return changed ? sortEntities(out) : out;
}

/**
 * The first pair of non-style entities that intersect, as indexes into the sorted array, or
 * undefined when there is none.
 */
export function findNonStyleConflict(sorted: readonly TextEntity[]): [outer: number, inner: number] | undefined {
  let owner = -1;
  let end = -1;
  for (let k = 0; k < sorted.length; k++) {
    const e = sorted[k] as TextEntity;
    if (STYLE_TYPE_NAMES.has(e.type._)) continue;
    if (owner !== -1 && e.offset < end) return [owner, k];
    owner = k;
    end = e.offset + e.length;
  }
  return undefined;
}

/**
 * Make parser output follow the rules without failing: sort, merge styles, and drop any
 * non-style entity that intersects an earlier (outer) one, as TDLib silently does for markup
 * such as a link inside <code>.
 */
export function normalizeParsedEntities(_text: string, entities: TextEntity[]): TextEntity[] {
  const sorted = mergeStyles(sortEntities(entities));
  const out: TextEntity[] = [];
  let end = -1;
  for (const e of sorted) {
    if (!STYLE_TYPE_NAMES.has(e.type._)) {
      if (e.offset < end) continue;
      end = e.offset + e.length;
    }
    out.push(e);
  }
  return out;
}
