import { toTurkishLower } from "./foldTurkish";

// Firestore orders strings by code point, which puts "Çağrı" after "Zeynep". This key keeps the
// Turkish alphabet (c < ç < d, h < ı < i, …) by writing each Turkish letter as its base letter
// followed by "~", which sorts after every other letter.
const afterBase: Record<string, string> = { ç: "c~", ğ: "g~", ı: "h~", ö: "o~", ş: "s~", ü: "u~" };

export const turkishSortKey = (text: string): string =>
  toTurkishLower(text)
    .normalize("NFC")
    .replace(/[çğıöşü]/g, (letter) => afterBase[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();
