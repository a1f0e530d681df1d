import { parsePhoneNumberFromString } from "libphonenumber-js/min";

// Numbers without a country code are read as Turkish; the stored form is E.164 (+905321234567).
export const normalizePhone = (input: string): string | null => {
  const parsed = parsePhoneNumberFromString(input.trim(), "TR");
  return parsed?.isValid() ? parsed.number : null;
};

export const formatPhone = (e164: string): string => {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === "TR" ? parsed.formatNational() : parsed.formatInternational();
};
