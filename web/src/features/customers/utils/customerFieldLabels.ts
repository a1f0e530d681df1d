import type { TFunction } from "i18next";

// A customer's fields as the form, conflicts and the CSV export name them.
export const customerFieldLabels = (t: TFunction) => ({
  name: t("customers.name"),
  company: t("customers.company"),
  title: t("customers.title"),
  email: t("customers.email"),
  phone: t("customers.phone"),
  tags: t("customers.tags"),
  owner: t("customers.owner"),
});
