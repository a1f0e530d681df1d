import Papa from "papaparse";
import { formulaLike } from "./csvFormula";

// UTF-8 with a byte-order mark, so Excel shows Turkish letters right; formula cells are
// neutralised with a leading apostrophe.
export const writeCsv = (rows: string[][], delimiter: string) =>
  `\uFEFF${Papa.unparse(rows, { delimiter, newline: "\r\n", escapeFormulae: formulaLike })}`;
