import { z } from "zod";
import { limits } from "../config/limits";
import { toWellFormedText } from "../text/wellFormedText";
import { tooLong } from "./messages";

// Every text a person types is stored well-formed and NFC (see toWellFormedText).
export const storedText = () => z.string().overwrite(toWellFormedText);

export const emailSchema = storedText()
  .trim()
  .toLowerCase()
  .max(limits.email, { error: "validation.emailTooLong" })
  .pipe(z.email({ error: "validation.emailInvalid" }));

export const displayNameSchema = storedText()
  .trim()
  .min(1, { error: "validation.required" })
  .max(limits.displayName, tooLong(limits.displayName));

export const timestampSchema = z.date();
