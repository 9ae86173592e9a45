// CSV as RFC 4180 defines it: fields separated by commas, records by CRLF, and a field that holds a
// comma, a double quote or a line break wrapped in double quotes with each inner quote doubled. The
// DfE's SSDA903 upload (COLLECT) takes such files; small enough not to need a dependency.

/** One field: quoted only when it has to be (RFC 4180 section 2, rules 6 and 7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A whole file: the header row, then one row per record, each ended by CRLF (RFC 4180 section 2, rule 1). */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * Reads a file back into rows of fields (the first row is the header). Accepts CRLF or LF line ends and a
 * UTF-8 byte order mark (some of DfE's sample files start with one); a quoted field may hold line breaks.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n') endRow();
    else field += c;
  }
  // A last record without a line break.
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
