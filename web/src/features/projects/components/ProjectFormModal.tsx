import { Modal, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { defaultColumns, projectStatuses, type Project } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { CustomerPicker } from "@/lookups/components/CustomerPicker";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { DateField } from "@/ui/DateField";
import { FormActions } from "@/ui/FormActions";
import { useDiscardGuard } from "@/ui/useDiscardGuard";
import { FormError } from "@/ui/FormError";
import { createProject, updateProject } from "../data/projectsData";
import { projectFormSchema, projectFormValues } from "../utils/projectFormSchema";
import { confirmSave } from "@/lib/confirmSave";

type ProjectFormModalProps = {
  opened: boolean;
  onClose: () => void;
  project?: Project & { id: string };
  initialCustomerId?: string;
  onCreated?: (projectId: string) => void;
};

export const ProjectFormModal = ({
  opened,
  onClose,
  project,
  initialCustomerId,
  onCreated,
}: ProjectFormModalProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const { workspaceId } = useCurrentWorkspace();
  const owners = useAssignableMembers(workspaceId);
  const { form, field, parse } = useZodForm(
    projectFormSchema,
    projectFormValues(project, user.uid, initialCustomerId),
  );
  // Closing without saving asks first, so what was typed is never lost to a stray Escape.
  const guard = useDiscardGuard(() => form.isDirty(), onClose);
  const { busy, error, run } = useAsyncAction();

  // Stays open until the server accepts, so a refusal loses nothing typed.
  const handleSubmit = form.onSubmit((values) => {
    const fields = parse(values);
    void run(async () => {
      if (project) {
        await confirmSave(updateProject(workspaceId, project.id, fields), fields.name);
      } else {
        const { projectId, committed } = createProject(
          workspaceId,
          user.uid,
          fields,
          defaultColumns(locale),
        );
        await confirmSave(committed, fields.name);
        form.reset();
        onCreated?.(projectId);
      }
      onClose();
    });
  });

  const title = t(project ? "projects.editTitle" : "projects.newTitle");
  const customer = field("customerId");

  return (
    <Modal opened={opened} {...guard.dialogProps} title={title} size="lg">
      {guard.prompt}
      <form onSubmit={handleSubmit} noValidate aria-label={title}>
        <Stack>
          <FormError message={error} />
          <TextInput label={t("projects.name")} required data-autofocus {...field("name")} />
          <CustomerPicker
            workspaceId={workspaceId}
            label={t("projects.customer")}
            placeholder={t("deals.customerPlaceholder")}
            required
            value={form.values.customerId || null}
            onChange={(customerId) => form.setFieldValue("customerId", customerId ?? "")}
            error={customer.error}
            onBlur={customer.onBlur}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t("projects.status")}
              data={projectStatuses.map((status) => ({
                value: status,
                label: t(`projects.statuses.${status}`),
              }))}
              allowDeselect={false}
              {...field("status")}
            />
            <DateField label={t("projects.dueAt")} {...field("dueAt")} />
            <Select
              label={t("projects.owner")}
              data={owners}
              allowDeselect={false}
              {...field("ownerId")}
            />
          </SimpleGrid>
          <FormActions busy={busy} onCancel={guard.requestClose} />
        </Stack>
      </form>
    </Modal>
  );
};
