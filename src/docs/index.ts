/** The docs generator: a Markdown site and plain-text pages, both rendered from the schema IR. */
export { generateSite, writeSite, SITE_FOLDERS, type WriteSiteOptions, type WriteSiteResult } from './site.js';
export { describe, describeIfKnown, describableNames, typeText } from './describe.js';
export { buildContext, isRequiredParam, type DocsOptions, type DocsContext } from './context.js';
export { SampleMaker, type Sample, type SampleObject } from './samples.js';
export { toLua, toTs } from './values.js';
export { luaMethodExample, luaObjectExample, tsMethodExample, resultVariable } from './examples.js';
