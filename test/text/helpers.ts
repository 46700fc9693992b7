/** Readable views of entities for the text tests. */
import type { TextEntity } from '../../src/core/text/index.js';

/** `Kind:"covered text"@offset`, e.g. `Mention:"@username"@3`; extra fields in brackets. */
export function show(text: string, entities: readonly TextEntity[]): string[] {
  return entities.map((e) => {
    const kind = e.type._.replace('textEntityType', '');
    const t = e.type as Record<string, unknown>;
    const extra = 'url' in t ? `[${String(t.url)}]` : 'language' in t ? `[${String(t.language)}]` : 'user_id' in t ? `[${String(t.user_id)}]` : '';
    return `${kind}${extra}:${JSON.stringify(text.slice(e.offset, e.offset + e.length))}@${e.offset}`;
  });
}
