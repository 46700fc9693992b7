/** The package version, read from package.json at run time. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.js';

export function readPackageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
