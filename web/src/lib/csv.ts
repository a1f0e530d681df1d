import Papa from "papaparse";

// Spreadsheet programs set to Turkish use ";" as the list separator (the comma is the decimal
// separator), so Turkish exports use it; the parser detects either.
export const csvDelimiter = (locale: string) => (locale === "tr" ? ";" : ",");

export const parseCsv = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" }).data;

export const parseCsvFile = async (file: File) => parseCsv(await file.text());

// UTF-8 with a byte-order mark, so Excel shows Turkish letters right.
export const toCsv = (rows: string[][], delimiter: string) =>
  `\uFEFF${Papa.unparse(rows, { delimiter, newline: "\r\n" })}`;

export const downloadCsv = (fileName: string, rows: string[][], delimiter: string) => {
  const url = URL.createObjectURL(
    new Blob([toCsv(rows, delimiter)], { type: "text/csv;charset=utf-8" }),
  );
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
};
