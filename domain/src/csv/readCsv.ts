import Papa from "papaparse";
import { decodeCsv, type CsvEncoding } from "./csvEncoding";
import { restoreFormula } from "./csvFormula";

// Row numbers are as a spreadsheet shows them: the first line is row 1, blank rows count.
export type CsvRow = { row: number; values: string[] };
export type CsvTable = { headers: string[]; rows: CsvRow[] };
export type CsvProblem =
  | { reason: "empty" | "binary" | "noRows" }
  | { reason: "unclosedQuote" | "strayQuote"; row: number };
export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; problem: CsvProblem };

const delimiters = [";", ",", "\t", "|"];

// Chosen from the header row, which holds plain words: Papa's own guess reads the first rows,
// and an unclosed quote among them defeats it and puts the error on the wrong row.
const headerDelimiter = (text: string) => {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== "") ?? "";
  const unquoted = header.replace(/"[^"]*"/g, "");
  const counts = delimiters.map((delimiter) => unquoted.split(delimiter).length - 1);
  return delimiters[counts.indexOf(Math.max(...counts))] ?? ",";
};

const isBlank = ({ values }: CsvRow) => values.every((value) => value.trim() === "");

// Refuses a file rather than importing a misread one: text files never hold NUL bytes (images,
// spreadsheets, PDFs and UTF-16 files do), and after a quote error every later cell is misplaced.
export const readCsv = (bytes: Uint8Array, encoding: CsvEncoding): CsvReadResult => {
  if (bytes.includes(0)) return { ok: false, problem: { reason: "binary" } };
  const text = decodeCsv(bytes, encoding);
  const parsed = Papa.parse<string[]>(text, { delimiter: headerDelimiter(text) });
  const quoteError = parsed.errors.find((error) => error.type === "Quotes");
  if (quoteError) {
    const reason = quoteError.code === "MissingQuotes" ? "unclosedQuote" : "strayQuote";
    return { ok: false, problem: { reason, row: (quoteError.row ?? 0) + 1 } };
  }
  const [header, ...rows] = parsed.data
    .map((values, index) => ({ row: index + 1, values: values.map(restoreFormula) }))
    .filter((row) => !isBlank(row));
  if (!header) return { ok: false, problem: { reason: "empty" } };
  if (rows.length === 0) return { ok: false, problem: { reason: "noRows" } };
  return { ok: true, table: { headers: header.values, rows } };
};
