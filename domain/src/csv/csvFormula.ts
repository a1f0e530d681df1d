// OWASP's CSV-injection advice: a cell a spreadsheet would run as a formula is written with a
// leading apostrophe. Cells already starting with apostrophes before such a character get one
// more, so that stripping one on import gives back exactly what was exported.
export const formulaLike = /^'*[=+\-@\t\r]/;

export const restoreFormula = (value: string) =>
  value.startsWith("'") && formulaLike.test(value.slice(1)) ? value.slice(1) : value;
