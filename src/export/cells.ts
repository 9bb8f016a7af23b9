// Cells of CSV and TSV exports made safe to open in a spreadsheet (OWASP's rule against formula
// injection): a text cell that begins with = + - @, a tab or a carriage return (after any leading
// spaces, which spreadsheets skip) gets a leading single quote, so it is shown as text and never run.
// Only text is touched: a number (a Goldstein score of -4) stays a number.

const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

export function safeCell<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
