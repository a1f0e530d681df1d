import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { canDelete, canWrite, formatDate, formatPhone, type Customer } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { ConfirmButton } from "@/ui/ConfirmButton";
import { DetailField } from "@/ui/DetailField";
import { deleteCustomer } from "../data/customersData";
import { CustomerFormModal } from "./CustomerFormModal";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";

type CustomerProfileProps = { customer: Row<Customer>; ownerName: string };

export const CustomerProfile = ({ customer, ownerName }: CustomerProfileProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const [editing, { open, close }] = useDisclosure(false);
  const mayDelete = canDelete({ uid: user.uid, role }, customer);

  const handleDelete = () =>
    deleteCustomer(workspaceId, customer.id).then(() => {
      notifySuccess(t("customers.deleted", { name: customer.name }));
      navigate(`/w/${workspaceId}/customers`);
    }, notifyError);

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={1} size="h2">
            {customer.name}
          </Title>
          <PendingSyncBadge pending={customer.pending} />
          <Text c="dimmed">{[customer.title, customer.company].filter(Boolean).join(" · ")}</Text>
        </div>
        <Group gap="xs">
          {canWrite(role) && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={open}>
              {t("common.edit")}
            </Button>
          )}
          {mayDelete && (
            <ConfirmButton
              variant="subtle"
              color="red"
              title={t("customers.delete")}
              message={t("customers.deleteConfirm", { name: customer.name })}
              confirmLabel={t("customers.delete")}
              onConfirm={() => void handleDelete()}
            >
              {t("customers.delete")}
            </ConfirmButton>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <DetailField label={t("customers.email")}>
          {customer.email && <Anchor href={`mailto:${customer.email}`}>{customer.email}</Anchor>}
        </DetailField>
        <DetailField label={t("customers.phone")}>
          {customer.phone && (
            <Anchor href={`tel:${customer.phone}`}>{formatPhone(customer.phone)}</Anchor>
          )}
        </DetailField>
        <DetailField label={t("customers.owner")}>{ownerName}</DetailField>
        <DetailField label={t("customers.lastContact")}>
          {customer.lastContactAt && formatDate(customer.lastContactAt, locale)}
        </DetailField>
        <DetailField label={t("customers.createdAt")}>
          {formatDate(customer.createdAt, locale)}
        </DetailField>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t("customers.tags")}
          </Text>
          <Group gap={4}>
            {customer.tags.length === 0 && <Text size="sm">—</Text>}
            {customer.tags.map((tag) => (
              <Badge key={tag} variant="light">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
      </SimpleGrid>
      {editing && <CustomerFormModal opened={editing} onClose={close} customer={customer} />}
    </Paper>
  );
};
