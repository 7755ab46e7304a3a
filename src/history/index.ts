/**
 * The history stage: git revisions → Policy per version → semantic diff → changelog / archive.
 * Re-exports only; each module says what it does.
 */
export { diffSources, type DiffSourcesOptions, type DiffSourcesResult } from './diff-sources.js'
export { diffPolicies, diffModels, diffSides } from './diff/compare.js'
export { DIFF_FORMAT, type Change, type DiffReport, type Materiality, type PolicyDiff, type Subject, type WordPart } from './diff/change.js'
export { formatDiffJson } from './format/json.js'
export { formatDiffMarkdown } from './format/markdown.js'
export { formatDiffText } from './format/text.js'
export { answerAsOf, policyHistory, type AsOfAnswer, type PolicyHistory } from './as-of.js'
export { listVersions, versionInForce, VERSIONS_FORMAT, type PolicyVersion } from './versions.js'
export { buildHistoryArchive, changeSummary, type HistoryArchive, type HistoryArchiveOptions, type RenderVersion, type VersionPage } from './archive.js'
export { versionNavHtml } from './site/version-nav.js'
export { directoryCache, memoryCache, type ArchiveFile, type VersionCache } from './version-cache.js'
export { HistoryError } from './errors.js'
