import { Group, Select, TextInput } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { SearchInput } from "@/ui/SearchInput";
import type { CustomerFilters, CustomerSort } from "../data/customerPages";

type CustomerFiltersBarProps = {
  // Called once typing pauses, as each search asks the server; must keep its identity.
  onSearch: (search: string) => void;
  filters: CustomerFilters;
  onChange: (filters: CustomerFilters) => void;
  owners: { value: string; label: string }[];
};

// Kept the same between renders, so the memoized search box renders only for its own keys.
const searchBoxStyle = { flex: "2 1 240px" };

const sorts: CustomerSort[] = ["name", "lastContact", "newest"];
const isSort = (value: string | null): value is CustomerSort =>
  sorts.some((sort) => sort === value);

type OtherFiltersProps = Omit<CustomerFiltersBarProps, "onSearch">;

// Everything but the search box, so a search that lands does not render the other filters.
const OtherFilters = memo(function OtherFilters({ filters, onChange, owners }: OtherFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t("customers.owner")}
        placeholder={t("customers.anyOwner")}
        data={owners}
        value={filters.ownerId}
        onChange={(ownerId) => onChange({ ...filters, ownerId })}
        clearable
        style={{ flex: "1 1 160px" }}
      />
      <TextInput
        label={t("customers.tag")}
        placeholder={t("customers.anyTag")}
        value={filters.tag ?? ""}
        onChange={(event) =>
          onChange({ ...filters, tag: event.currentTarget.value.trim() || null })
        }
        style={{ flex: "1 1 140px" }}
      />
      <Select
        label={t("customers.sort")}
        data={sorts.map((sort) => ({ value: sort, label: t(`customers.sorts.${sort}`) }))}
        value={filters.sort}
        onChange={(sort) => isSort(sort) && onChange({ ...filters, sort })}
        allowDeselect={false}
        style={{ flex: "1 1 160px" }}
      />
    </>
  );
});

// The list does not keep its search in the address, so the box starts empty.
export const CustomerFiltersBar = ({
  onSearch,
  filters,
  onChange,
  owners,
}: CustomerFiltersBarProps) => {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="wrap" mb="md">
      <SearchInput
        label={t("customers.search")}
        placeholder={t("customers.searchPlaceholder")}
        initialValue=""
        onSearch={onSearch}
        pauseMs={250}
        style={searchBoxStyle}
      />
      <OtherFilters filters={filters} onChange={onChange} owners={owners} />
    </Group>
  );
};
