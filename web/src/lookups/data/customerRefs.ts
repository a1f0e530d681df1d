import { customerSchema, paths } from "@pano/domain";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";

export const customersRef = (workspaceId: string) =>
  typedCollection(paths.customers(workspaceId), customerSchema);

export const customerRef = (workspaceId: string, customerId: string) =>
  typedDoc(paths.customer(workspaceId, customerId), customerSchema);
