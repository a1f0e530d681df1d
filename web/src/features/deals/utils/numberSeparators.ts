import type { Locale } from "@pano/domain";

// What NumberInput needs to read and show amounts as the user writes them: 150.000,50 in Turkish.
export const numberSeparators = (locale: Locale) =>
  locale === "tr"
    ? { decimalSeparator: ",", thousandSeparator: "." }
    : { decimalSeparator: ".", thousandSeparator: "," };
