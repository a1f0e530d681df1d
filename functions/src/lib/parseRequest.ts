import { HttpsError } from "firebase-functions/v2/https";
import type { z } from "zod";

export const parseRequest = <Schema extends z.ZodType>(schema: Schema, data: unknown) => {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new HttpsError("invalid-argument", "errors.invalidRequest");
  return parsed.data as z.infer<Schema>;
};
