/** The package version, read once, for the `version` option and session lists. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../paths.js';

let cached: string | undefined;

/** The version field of package.json, or '0.0.0' when it cannot be read. */
export function readPackageVersionSafe(): string {
  if (cached === undefined) {
    try {
      cached = String((JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version?: unknown }).version ?? '0.0.0');
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}
