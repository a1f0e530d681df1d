import { z } from "zod";
import { locales } from "../config/locales";
import { displayNameSchema, emailSchema, timestampSchema } from "../validation/common";

export const userProfileSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema,
  locale: z.enum(locales),
  createdAt: timestampSchema,
});
export type UserProfile = z.infer<typeof userProfileSchema>;

export const devicePlatforms = ["web", "android", "ios"] as const;
export type DevicePlatform = (typeof devicePlatforms)[number];

export const deviceSchema = z.object({
  token: z.string().min(1).max(4096),
  platform: z.enum(devicePlatforms),
  createdAt: timestampSchema,
  lastSeenAt: timestampSchema,
});
export type Device = z.infer<typeof deviceSchema>;
