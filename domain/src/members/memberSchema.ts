import { z } from "zod";
import { assignableRoles, roles } from "./roles";
import { displayNameSchema, emailSchema, timestampSchema } from "../validation/common";

// uid is duplicated in the document so a collection-group query can list a user's workspaces.
export const memberSchema = z.object({
  uid: z.string(),
  role: z.enum(roles),
  displayName: displayNameSchema,
  email: emailSchema,
  joinedAt: timestampSchema,
});
export type Member = z.infer<typeof memberSchema>;

// workspaceName and invitedByName are copied in: the invitee cannot read the workspace yet.
export const inviteSchema = z.object({
  email: emailSchema,
  role: z.enum(assignableRoles),
  workspaceName: z.string(),
  invitedBy: z.string(),
  invitedByName: z.string(),
  createdAt: timestampSchema,
});
export type Invite = z.infer<typeof inviteSchema>;

export const inviteFormSchema = z.object({
  email: emailSchema,
  role: z.enum(assignableRoles),
});
export type InviteForm = z.infer<typeof inviteFormSchema>;
