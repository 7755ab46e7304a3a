/**
 * Who runs a well-known third-party host (host-map.json, each provider with the documentation that
 * lists its hosts; read from src/ as the export mappings are, so it ships as data). Only hints use it: a host no recipient declares is reported whether or not it
 * is known here.
 */
import { readFileSync } from 'node:fs'
import { packagePath } from '../package-root.js'

export interface Provider {
  name: string
  company: string
  hosts: string[]
  source: string
}

let providers: Provider[] | undefined

function load(): Provider[] {
  providers ??= (JSON.parse(readFileSync(packagePath('src', 'scan', 'host-map.json'), 'utf8')) as { providers: Provider[] }).providers
  return providers
}

/** Whether `host` is `pattern` or a subdomain of it (`www.google-analytics.com` of `google-analytics.com`). */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase()
  const p = pattern.toLowerCase().replace(/^\*\./, '')
  return h === p || h.endsWith(`.${p}`)
}

export function providerOf(host: string): Provider | undefined {
  return load().find((provider) => provider.hosts.some((pattern) => hostMatches(host, pattern)))
}
