import { Button, Center, Group, Paper, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus, IconUpload } from "@tabler/icons-react";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { canWrite } from "@pano/domain";
import { routes } from "@/lib/routes";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { PageHeader } from "@/ui/PageHeader";
import { SubscriptionError } from "@/ui/SubscriptionError";
import type { CustomerFilters } from "../data/customerPages";
import { useCustomerPages } from "../hooks/useCustomerPages";
import { CustomerFiltersBar } from "./CustomerFiltersBar";
import { CustomerFormModal } from "./CustomerFormModal";
import { narrowByTag } from "../utils/narrowByTag";
import { CustomerExportButton } from "./CustomerExportButton";
import { CustomerImportModal } from "./CustomerImportModal";
import { CustomersTable } from "./CustomersTable";

export const CustomerList = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workspaceId, role } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const [opened, { open, close }] = useDisclosure(false);
  const [importing, importModal] = useDisclosure(false);
  // The box hands over its text once typing pauses, so each search asks the server once.
  const [search, setSearch] = useState("");
  const [filters, setFilters] = useState<Omit<CustomerFilters, "search">>({
    ownerId: null,
    tag: null,
    sort: "name",
  });
  const activeFilters = useMemo(() => ({ ...filters, search }), [filters, search]);
  const { rows, loading, error, hasMore, loadMore } = useCustomerPages(workspaceId, activeFilters);
  const visible = useMemo(() => narrowByTag(rows, activeFilters), [rows, activeFilters]);

  const memberList = useMemo(() => (members.status === "ready" ? members.data : []), [members]);
  const memberName = useMemberNames(workspaceId);
  const ownerName = useCallback((uid: string) => memberName(uid) || "…", [memberName]);
  const owners = useMemo(
    () => memberList.map((member) => ({ value: member.uid, label: member.displayName })),
    [memberList],
  );
  const changeFilters = useCallback(
    ({ ownerId, tag, sort }: CustomerFilters) => setFilters({ ownerId, tag, sort }),
    [],
  );
  const linkTo = useCallback(
    (customerId: string) => routes.customer(workspaceId, customerId),
    [workspaceId],
  );

  return (
    <>
      <PageHeader
        title={t("nav.customers")}
        actions={
          <Group gap="xs">
            <CustomerExportButton filters={activeFilters} />
            {canWrite(role) && (
              <>
                <Button
                  variant="default"
                  leftSection={<IconUpload size={16} />}
                  onClick={importModal.open}
                >
                  {t("customers.import.open")}
                </Button>
                <Button leftSection={<IconPlus size={16} />} onClick={open}>
                  {t("customers.new")}
                </Button>
              </>
            )}
          </Group>
        }
      />
      <CustomerFiltersBar
        onSearch={setSearch}
        filters={activeFilters}
        onChange={changeFilters}
        owners={owners}
      />
      {error && <SubscriptionError error={error} />}
      <Paper withBorder radius="md">
        {loading && rows.length === 0 ? (
          <LoadingScreen />
        ) : visible.length === 0 ? (
          <Center p="xl">
            <Text c="dimmed">
              {t(
                search || filters.ownerId || filters.tag ? "customers.noMatch" : "customers.empty",
              )}
            </Text>
          </Center>
        ) : (
          <Stack gap={0}>
            <CustomersTable customers={visible} ownerName={ownerName} linkTo={linkTo} />
            {hasMore && (
              <Group justify="center" p="md">
                <Button variant="default" onClick={loadMore} loading={loading}>
                  {t("customers.loadMore")}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Paper>
      {importing && <CustomerImportModal opened={importing} onClose={importModal.close} />}
      {opened && (
        <CustomerFormModal
          opened={opened}
          onClose={close}
          onCreated={(id) => navigate(linkTo(id))}
        />
      )}
    </>
  );
};
