import { Alert, Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { customerInputSchema, pickFields, type Customer, type CustomerInput } from "@pano/domain";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useConcurrentEdit } from "@/lib/useConcurrentEdit";
import { useZodForm } from "@/lib/useZodForm";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { EditConflicts } from "@/ui/EditConflicts";
import { FormActions } from "@/ui/FormActions";
import { useDiscardGuard } from "@/ui/useDiscardGuard";
import { FormError } from "@/ui/FormError";
import { createCustomer, updateCustomer } from "../data/customersData";
import { useDuplicateEmail } from "../hooks/useDuplicateEmail";
import { customerFieldLabels } from "../utils/customerFieldLabels";
import { customerFormValues } from "../utils/customerFormValues";
import { confirmSave } from "@/lib/confirmSave";

type CustomerFormModalProps = {
  opened: boolean;
  onClose: () => void;
  // The customer as the page sees it now: an open form follows it.
  customer?: Customer & { id: string; pending?: boolean };
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
  const memberName = useMemberNames(workspaceId);
  const { form, field, parse } = useZodForm(
    customerInputSchema,
    customerFormValues(customer, user.uid),
  );
  const live = customer ? customerFormValues(customer, user.uid) : undefined;
  const edit = useConcurrentEdit(form, live, customer?.pending);
  // Closing without saving asks first, so what was typed is never lost to a stray Escape.
  const guard = useDiscardGuard(edit.hasChanges, onClose);
  const { busy, error, run } = useAsyncAction();
  const duplicate = useDuplicateEmail(
    workspaceId,
    (form.values.email ?? "").trim().toLowerCase(),
    customer?.id ?? null,
  );

  // The form stays open until the server accepts the save (or a few seconds pass and the write
  // waits in the local queue), so a refusal loses nothing typed. Only the fields the person changed
  // are written, so a save puts back nobody else's change; a field someone else changed too waits
  // for the person's choice.
  const handleSubmit = form.onSubmit((values) => {
    if (edit.conflicts.length > 0) return;
    const fields = parse(values);
    void run(async () => {
      if (customer) {
        const changes = pickFields(fields, edit.changed());
        if (Object.keys(changes).length > 0) {
          await confirmSave(
            updateCustomer(workspaceId, customer.id, changes, customer),
            fields.name,
          );
        }
      } else {
        const { customerId, committed } = createCustomer(workspaceId, user.uid, fields);
        await confirmSave(committed, fields.name);
        onCreated?.(customerId);
        form.reset();
      }
      onClose();
    });
  });

  const { owner, ...fieldLabels } = customerFieldLabels(t);
  const labels: Record<keyof CustomerInput, string> = { ...fieldLabels, ownerId: owner };
  const shown = ({
    tags,
    ownerId,
    ...text
  }: CustomerInput): Record<keyof CustomerInput, string> => ({
    name: text.name,
    company: text.company ?? "",
    title: text.title ?? "",
    email: text.email ?? "",
    phone: text.phone ?? "",
    tags: (tags ?? []).join(", "),
    ownerId: memberName(ownerId),
  });

  return (
    <Modal
      opened={opened}
      {...guard.dialogProps}
      title={t(customer ? "customers.editTitle" : "customers.newTitle")}
      size="lg"
    >
      {guard.prompt}
      <form
        onSubmit={handleSubmit}
        noValidate
        aria-label={t(customer ? "customers.editTitle" : "customers.newTitle")}
      >
        <Stack>
          <FormError message={error} />
          {live && (
            <EditConflicts
              fields={edit.conflicts}
              labels={labels}
              theirs={shown(live)}
              by={memberName(customer?.updatedBy ?? null)}
              onResolve={edit.resolve}
            />
          )}
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
          <FormActions busy={busy} onCancel={guard.requestClose} />
        </Stack>
      </form>
    </Modal>
  );
};
