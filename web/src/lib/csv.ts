import { writeCsv } from "@pano/domain";

// Spreadsheet programs set to Turkish use ";" as the list separator (the comma is the decimal
// separator), so Turkish exports use it; the import reads either.
export const csvDelimiter = (locale: string) => (locale === "tr" ? ";" : ",");

export const downloadCsv = (fileName: string, rows: string[][], delimiter: string) => {
  const url = URL.createObjectURL(
    new Blob([writeCsv(rows, delimiter)], { type: "text/csv;charset=utf-8" }),
  );
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
};
