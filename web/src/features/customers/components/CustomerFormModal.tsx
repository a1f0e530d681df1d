import { Alert, Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { customerInputSchema, formatPhone, type Customer } from "@pano/domain";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { FormActions } from "@/ui/FormActions";
import { FormError } from "@/ui/FormError";
import { createCustomer, updateCustomer } from "../data/customersData";
import { useDuplicateEmail } from "../hooks/useDuplicateEmail";
import { confirmSave } from "@/lib/confirmSave";

type CustomerFormModalProps = {
  opened: boolean;
  onClose: () => void;
  customer?: Customer & { id: string };
  onCreated?: (customerId: string) => void;
};

export const CustomerFormModal = ({
  opened,
  onClose,
  customer,
  onCreated,
}: CustomerFormModalProps) => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { workspaceId } = useCurrentWorkspace();
  const owners = useAssignableMembers(workspaceId);
  const { form, field, parse } = useZodForm(customerInputSchema, {
    name: customer?.name ?? "",
    company: customer?.company ?? "",
    title: customer?.title ?? "",
    email: customer?.email ?? "",
    phone: customer?.phone ? formatPhone(customer.phone) : "",
    tags: customer?.tags ?? [],
    ownerId: customer?.ownerId ?? user.uid,
  });
  const { busy, error, run } = useAsyncAction();
  const duplicate = useDuplicateEmail(
    workspaceId,
    (form.values.email ?? "").trim().toLowerCase(),
    customer?.id ?? null,
  );

  // The form stays open until the server accepts the save (or a few seconds pass and the write
  // waits in the local queue), so a refusal loses nothing typed.
  const handleSubmit = form.onSubmit((values) => {
    const fields = parse(values);
    void run(async () => {
      if (customer) {
        await confirmSave(updateCustomer(workspaceId, customer.id, fields), fields.name);
      } else {
        const { customerId, committed } = createCustomer(workspaceId, user.uid, fields);
        await confirmSave(committed, fields.name);
        onCreated?.(customerId);
        form.reset();
      }
      onClose();
    });
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(customer ? "customers.editTitle" : "customers.newTitle")}
      size="lg"
    >
      <form
        onSubmit={handleSubmit}
        noValidate
        aria-label={t(customer ? "customers.editTitle" : "customers.newTitle")}
      >
        <Stack>
          <FormError message={error} />
          <TextInput label={t("customers.name")} required data-autofocus {...field("name")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("customers.company")} {...field("company")} />
            <TextInput label={t("customers.title")} {...field("title")} />
            <TextInput label={t("customers.email")} type="email" {...field("email")} />
            <TextInput
              label={t("customers.phone")}
              type="tel"
              placeholder="0532 123 45 67"
              {...field("phone")}
            />
          </SimpleGrid>
          {duplicate && (
            <Alert color="yellow" variant="light" role="status">
              {t("customers.duplicateEmail")}
            </Alert>
          )}
          <TagsInput
            label={t("customers.tags")}
            description={t("customers.tagsHint")}
            {...field("tags")}
          />
          <Select
            label={t("customers.owner")}
            data={owners}
            allowDeselect={false}
            {...field("ownerId")}
          />
          <FormActions busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
};
