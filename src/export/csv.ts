/**
 * Writes rows as CSV (RFC 4180 quoting: a field holding a comma, a double quote or a line break is
 * quoted, with its quotes doubled). Lines end with LF, as the files Play Console exports do when
 * opened in a text editor; every CSV reader accepts it.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',')).join('\n') + '\n'
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field
}
