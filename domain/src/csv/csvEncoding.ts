export const csvEncodings = ["utf-8", "windows-1254", "iso-8859-9"] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

// Turkish Excel saves "CSV (comma delimited)" in the Windows Turkish code page, so a file that is
// not valid UTF-8 is read as windows-1254.
export const detectCsvEncoding = (bytes: Uint8Array): CsvEncoding => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1254";
  }
};

// The UTF-8 decoder drops a byte-order mark. The Encoding Standard decodes iso-8859-9 with the
// windows-1254 table: they differ only in 0x80–0x9F, control codes a real ISO-8859-9 text never
// holds, so both read Turkish letters the same.
export const decodeCsv = (bytes: Uint8Array, encoding: CsvEncoding) =>
  new TextDecoder(encoding).decode(bytes);
