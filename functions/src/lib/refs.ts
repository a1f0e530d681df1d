import { inviteSchema, memberSchema, paths, userProfileSchema } from "@pano/domain";
import { db } from "./admin";
import { converter } from "./converter";

export const memberRef = (workspaceId: string, uid: string) =>
  db.doc(paths.member(workspaceId, uid)).withConverter(converter(memberSchema));

export const inviteRef = (workspaceId: string, email: string) =>
  db.doc(paths.invite(workspaceId, email)).withConverter(converter(inviteSchema));

export const userProfileRef = (uid: string) =>
  db.doc(paths.user(uid)).withConverter(converter(userProfileSchema));
