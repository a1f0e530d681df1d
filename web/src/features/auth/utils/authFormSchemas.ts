import { z } from "zod";
import { displayNameSchema, emailSchema } from "@pano/domain";

export const passwordSchema = z.string().min(8, { error: "validation.passwordTooShort" });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "validation.required" }),
});

export const signUpSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const resetSchema = z.object({ email: emailSchema });
