import { Button, Group, Select } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { hasDealFilters, noDealFilters, type DealFilters } from "@pano/domain";
import { CustomerPicker } from "@/lookups/components/CustomerPicker";
import { SearchBox } from "@/ui/SearchBox";

type DealFiltersBarProps = {
  workspaceId: string;
  filters: DealFilters;
  onChange: (filters: DealFilters) => void;
  owners: { value: string; label: string }[];
};

export const DealFiltersBar = ({ workspaceId, filters, onChange, owners }: DealFiltersBarProps) => {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" wrap="wrap" mb="md">
      <SearchBox
        label={t("pipeline.search")}
        placeholder={t("pipeline.searchPlaceholder")}
        value={filters.text}
        onChange={(text) => onChange({ ...filters, text })}
        style={{ flex: "2 1 220px" }}
      />
      <Select
        label={t("deals.owner")}
        placeholder={t("customers.anyOwner")}
        data={owners}
        value={filters.ownerId}
        onChange={(ownerId) => onChange({ ...filters, ownerId })}
        clearable
        style={{ flex: "1 1 160px" }}
      />
      <CustomerPicker
        workspaceId={workspaceId}
        label={t("deals.customer")}
        placeholder={t("pipeline.anyCustomer")}
        value={filters.customerId}
        onChange={(customerId) => onChange({ ...filters, customerId })}
        clearable
        style={{ flex: "1 1 200px" }}
      />
      {hasDealFilters(filters) && (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => onChange(noDealFilters)}
        >
          {t("pipeline.clearFilters")}
        </Button>
      )}
    </Group>
  );
};
