// Turkish dotted/dotless I must fold before generic lowercasing: "I".toLowerCase() is "i" in JS,
// which would make "IŞIK" miss "ışık".
const turkishLower: Record<string, string> = { I: "ı", İ: "i" };

const asciiFold: Record<string, string> = {
  ç: "c",
  ğ: "g",
  ı: "i",
  ö: "o",
  ş: "s",
  ü: "u",
  â: "a",
  î: "i",
  û: "u",
};

export const toTurkishLower = (text: string): string =>
  text.replace(/[Iİ]/g, (letter) => turkishLower[letter] ?? letter).toLocaleLowerCase("tr");

// Folds for search: case- and diacritic-insensitive, so "a sir", "A ŞİR" and "a şir" all meet.
export const foldTurkish = (text: string): string =>
  toTurkishLower(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .replace(/[çğıöşüâîû]/g, (letter) => asciiFold[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();

const collator = new Intl.Collator("tr", { sensitivity: "base", numeric: true });

export const compareTurkish = (left: string, right: string): number =>
  collator.compare(left, right);
