export const roles = ["owner", "admin", "member", "viewer"] as const;
export type Role = (typeof roles)[number];

// Roles an invite or a role change may grant; ownership only moves by transfer.
export const assignableRoles = ["admin", "member", "viewer"] as const;
export type AssignableRole = (typeof assignableRoles)[number];

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export const isAtLeast = (role: Role | undefined, minimum: Role): boolean =>
  role !== undefined && rank[role] >= rank[minimum];

export const canManageMembers = (role: Role | undefined): boolean => isAtLeast(role, "admin");

export const canWrite = (role: Role | undefined): boolean => isAtLeast(role, "member");

// Mirrors firestore.rules: admins manage everyone but the owner and themselves.
export const canChangeRoleOf = (
  actor: { uid: string; role: Role | undefined },
  target: { uid: string; role: Role },
): boolean => canManageMembers(actor.role) && actor.uid !== target.uid && target.role !== "owner";

export const canLeave = (role: Role | undefined): boolean => role !== undefined && role !== "owner";

// Mirrors firestore.rules' ownsOrAdmin: a writer deletes what they created, an admin anything.
export const canDelete = (
  actor: { uid: string; role: Role | undefined },
  record: { createdBy: string },
): boolean =>
  canWrite(actor.role) && (record.createdBy === actor.uid || isAtLeast(actor.role, "admin"));
