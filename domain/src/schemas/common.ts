import { z } from "zod";
import { limits } from "../config/limits";

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
  .max(limits.displayName, { error: "validation.tooLong" });

export const timestampSchema = z.date();
