import { loadCatalog } from '../catalog/catalog.js'
import type { PolicyModel, Recipient } from '../resolve/model.js'

/** One cross-border transfer: a recipient that processes data in a country outside the controller's area. */
export interface Transfer {
  recipient: Recipient
  country: string
}

/**
 * The countries a recipient's data leaves to. A controller in the EEA shares one area with every
 * EEA country (GDPR Chapter V applies only beyond it); any other controller's area is its own
 * country. Adequacy does not make a transfer disappear: it is the transfer's safeguard.
 */
export function transfersOf(model: PolicyModel): Transfer[] {
  const home = homeArea(model.policy.controller.country)
  return (model.policy.recipients ?? []).flatMap((recipient) =>
    (recipient.countries ?? []).filter((country) => !home.has(country)).map((country) => ({ recipient, country })),
  )
}

function homeArea(country: string): Set<string> {
  const eea = loadCatalog()['eea-countries'] ?? []
  return eea.includes(country) || country === 'EU' ? new Set([...eea, 'EU']) : new Set([country])
}
