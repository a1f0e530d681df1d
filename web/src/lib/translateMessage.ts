import type { TFunction } from "i18next";
import { readMessage } from "@pano/domain";

// A zod message is an i18n key, with the numbers it names (validation.tooLong?max=200).
export const translateMessage = (t: TFunction, message: string): string => {
  const { key, values } = readMessage(message);
  return t(key, values);
};
