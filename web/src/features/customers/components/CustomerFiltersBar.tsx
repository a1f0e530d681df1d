import { Group, Select, TextInput } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { SearchBox } from "@/ui/SearchBox";
import type { CustomerFilters, CustomerSort } from "../data/customerPages";

type CustomerFiltersBarProps = {
  search: string;
  onSearch: (search: string) => void;
  filters: CustomerFilters;
  onChange: (filters: CustomerFilters) => void;
  owners: { value: string; label: string }[];
};

const sorts: CustomerSort[] = ["name", "lastContact", "newest"];
const isSort = (value: string | null): value is CustomerSort =>
  sorts.some((sort) => sort === value);

type OtherFiltersProps = Omit<CustomerFiltersBarProps, "search" | "onSearch">;

// Everything but the search box, which renders alone on each keystroke.
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

export const CustomerFiltersBar = ({
  search,
  onSearch,
  filters,
  onChange,
  owners,
}: CustomerFiltersBarProps) => {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="wrap" mb="md">
      <SearchBox
        label={t("customers.search")}
        placeholder={t("customers.searchPlaceholder")}
        value={search}
        onChange={onSearch}
        style={{ flex: "2 1 240px" }}
      />
      <OtherFilters filters={filters} onChange={onChange} owners={owners} />
    </Group>
  );
};
