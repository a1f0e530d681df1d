import { z } from "zod";
import { limits } from "../config/limits";
import { tooLong } from "./messages";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(limits.email, { error: "validation.emailTooLong" })
  .pipe(z.email({ error: "validation.emailInvalid" }));

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { error: "validation.required" })
  .max(limits.displayName, tooLong(limits.displayName));

export const timestampSchema = z.date();
