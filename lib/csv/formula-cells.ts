// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets read
 * as "this is text": the value stays visible as written, and no later export of it can run.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
