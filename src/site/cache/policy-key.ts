import type { SourceFile } from '../../load/source-file.js'
import type { PolicyModel } from '../../resolve/model.js'
import { compilerDigest } from './compiler-digest.js'
import { UnitCache } from './unit-cache.js'

/**
 * The cache key of everything one policy contributes to the site: its source files and its
 * translations (paths as shown, and texts), the compiler, and the build options its pages depend
 * on (`context`: the templates' digest, the base URL, the coverage date). Its pages link only
 * within its own folders and to the site root, so no other policy is part of it.
 */
export function policyUnitKey(model: PolicyModel, context: Readonly<Record<string, unknown>>, translations: readonly SourceFile[] = []): string {
  const texts = [...model.source.files, ...translations].map((file) => ({ path: file.path, text: file.text }))
  return UnitCache.key({ unit: 'policy', compiler: compilerDigest(), policy: model.source.path, translations: translations.length, ...context }, texts)
}
