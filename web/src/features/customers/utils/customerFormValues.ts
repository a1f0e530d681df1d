import { formatPhone, type Customer, type CustomerInput } from "@pano/domain";

// The customer form's values for a stored customer (or a new one owned by ownerId), also the
// shape an open form compares the live customer in.
export const customerFormValues = (
  customer: Customer | undefined,
  ownerId: string,
): CustomerInput => ({
  name: customer?.name ?? "",
  company: customer?.company ?? "",
  title: customer?.title ?? "",
  email: customer?.email ?? "",
  phone: customer?.phone ? formatPhone(customer.phone) : "",
  tags: customer?.tags ?? [],
  ownerId: customer?.ownerId ?? ownerId,
});
