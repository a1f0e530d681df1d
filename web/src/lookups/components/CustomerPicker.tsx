import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomerMatches, type CustomerSummary } from "../data/customerLookups";
import { useCustomerNames } from "../hooks/useCustomerNames";

const matchCount = 8;

// Adds a customer by the name typed and returns its id (known at once; the write goes on in the
// background), or null when it could not.
export type AddCustomerNamed = (name: string) => string | null;

type CustomerPickerProps = Omit<SelectProps, "data" | "value" | "onChange"> & {
  workspaceId: string;
  value: string | null;
  onChange: (customerId: string | null) => void;
  // With it, a name typed offers to add that customer, as the last option.
  onAdd?: AddCustomerNamed;
};

// The add option's value: no document id has a space.
const addOption = "add new";

const optionLabel = (customer: CustomerSummary) =>
  customer.company && customer.company !== customer.name
    ? `${customer.name} · ${customer.company}`
    : customer.name;

// Searches customers on the server as the user types (Turkish-folded prefixes), so it works the
// same with 20 customers or 20,000.
export const CustomerPicker = ({
  workspaceId,
  value,
  onChange,
  onAdd,
  ...props
}: CustomerPickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 200);
  const selectedName = useCustomerNames(workspaceId, value ? [value] : []);
  const matches = useSubscription<CustomerSummary[]>(
    `customer-matches/${workspaceId}/${debounced}`,
    (listener) => watchCustomerMatches(workspaceId, debounced, matchCount, listener),
  );
  const options = matches.status === "ready" ? matches.data : [];
  const data = options.map((customer) => ({ value: customer.id, label: optionLabel(customer) }));
  if (value && !data.some((option) => option.value === value))
    data.unshift({ value, label: selectedName(value) || "…" });
  const typed = search.trim();
  const selectedLabel = data.find((option) => option.value === value)?.label;
  if (onAdd && typed && typed === debounced.trim() && typed !== selectedLabel)
    data.push({ value: addOption, label: t("customers.createNamed", { name: typed }) });

  return (
    <Select
      {...props}
      searchable
      data={data}
      value={value}
      onChange={(customerId) =>
        onChange(customerId === addOption && onAdd ? onAdd(typed) : customerId)
      }
      onSearchChange={setSearch}
      filter={({ options: shown }) => shown}
      nothingFoundMessage={
        matches.status === "loading"
          ? t("common.loading")
          : t(
              debounced.trim()
                ? "customers.pickerNoMatch"
                : onAdd
                  ? "customers.pickerTypeToAdd"
                  : "customers.pickerNoneYet",
            )
      }
    />
  );
};
