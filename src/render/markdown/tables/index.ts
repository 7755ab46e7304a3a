import type { TableKind } from '../../../prose/directives.js'
import { categoriesTable } from './categories.js'
import { ccpaCategoriesTable } from './ccpa-categories.js'
import { channelsTable } from './channels.js'
import { cookiesTable } from './cookies.js'
import { purposesTable } from './purposes.js'
import { recipientsTable } from './recipients.js'
import { retentionTable } from './retention.js'
import { rightsTable } from './rights.js'
import type { TableBuilder } from './table-spec.js'
import { transfersTable } from './transfers.js'
import { securityMeasuresTable } from './security-measures.js'
import { documentHistoryTable } from './document-history.js'
import { processingByOthersTable } from './processing-by-others.js'
import { transferStatementsTable } from './transfer-statements.js'

/** One builder per `::table{of=…}` kind, in an explicit map: adding a kind is adding a row here. */
export const TABLES: Readonly<Record<TableKind, TableBuilder>> = {
  categories: categoriesTable,
  'ccpa-categories': ccpaCategoriesTable,
  purposes: purposesTable,
  recipients: recipientsTable,
  transfers: transfersTable,
  retention: retentionTable,
  cookies: cookiesTable,
  rights: rightsTable,
  channels: channelsTable,
  'security-measures': securityMeasuresTable,
  'document-history': documentHistoryTable,
  'processing-by-others': processingByOthersTable,
  'transfer-statements': transferStatementsTable,
}
