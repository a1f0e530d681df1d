import { Drawer, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  canDelete,
  completionChange,
  rankForIndex,
  taskPriorities,
  type BoardColumn,
  type Ranked,
  type Task,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { CustomerPicker } from "@/lookups/components/CustomerPicker";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { ConfirmButton } from "@/ui/ConfirmButton";
import { DateTimeField } from "@/ui/DateTimeField";
import { FormActions } from "@/ui/FormActions";
import { FormError } from "@/ui/FormError";
import { createTask, deleteTask } from "../data/tasksData";
import { useTaskMove } from "../hooks/useTaskMove";
import { taskFormSchema, taskFormValues } from "../utils/taskFormSchema";
import { confirmSave } from "@/lib/confirmSave";

type TaskDrawerProps = {
  projectId: string;
  columns: BoardColumn[];
  task?: Row<Task>;
  status: string;
  columnTasks: (status: string) => Ranked[];
  defaultCustomerId: string;
  onClose: () => void;
};

// One task's details: create or edit, stays open until the server accepts, so nothing typed is
// lost on a refusal.
export const TaskDrawer = ({
  projectId,
  columns,
  task,
  status,
  columnTasks,
  defaultCustomerId,
  onClose,
}: TaskDrawerProps) => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const assignees = useAssignableMembers(workspaceId);
  const { form, field, parse } = useZodForm(taskFormSchema, {
    ...taskFormValues(task, status),
    customerId: task ? task.customerId : defaultCustomerId,
  });
  const { busy, error, run } = useAsyncAction();
  const moves = useTaskMove(workspaceId);
  const mayDelete = task && canDelete({ uid: user.uid, role }, task);

  const handleSubmit = form.onSubmit((values) => {
    const { status: column, customerId, ...fields } = parse(values);
    void run(async () => {
      if (!task) {
        const others = columnTasks(column);
        const { committed } = createTask(
          workspaceId,
          user.uid,
          fields,
          {
            projectId,
            customerId,
            dealId: null,
            status: column,
            rank: rankForIndex(others, others.length),
          },
          completionChange(columns, columns[0]?.id ?? column, column) === "complete",
        );
        await confirmSave(committed, fields.title);
      } else {
        await confirmSave(
          moves.saveWithMove(task, { ...fields, customerId }, columns, column, columnTasks(column)),
          fields.title,
        );
      }
      onClose();
    });
  });

  const title = t(task ? "tasks.editTitle" : "tasks.newTitle");
  const customer = field("customerId");

  return (
    <Drawer opened onClose={onClose} title={title} position="right" size="md">
      <form onSubmit={handleSubmit} noValidate aria-label={title}>
        <Stack>
          <FormError message={error} />
          <TextInput label={t("tasks.title")} required data-autofocus {...field("title")} />
          <Textarea
            label={t("tasks.description")}
            autosize
            minRows={3}
            maxRows={12}
            {...field("description")}
          />
          <SimpleGrid cols={2}>
            <Select
              label={t("tasks.status")}
              data={columns.map((column) => ({ value: column.id, label: column.name }))}
              allowDeselect={false}
              {...field("status")}
            />
            <Select
              label={t("tasks.priority")}
              data={taskPriorities.map((priority) => ({
                value: priority,
                label: t(`tasks.priorities.${priority}`),
              }))}
              allowDeselect={false}
              {...field("priority")}
            />
            <Select
              label={t("tasks.assignee")}
              placeholder={t("tasks.unassigned")}
              data={assignees}
              clearable
              {...field("assigneeId")}
            />
            <DateTimeField label={t("tasks.dueAt")} {...field("dueAt")} />
          </SimpleGrid>
          <CustomerPicker
            workspaceId={workspaceId}
            label={t("tasks.customer")}
            placeholder={t("deals.customerPlaceholder")}
            clearable
            value={form.values.customerId}
            onChange={(customerId) => form.setFieldValue("customerId", customerId)}
            error={customer.error}
          />
          <Group justify="space-between">
            {mayDelete ? (
              <ConfirmButton
                color="red"
                variant="subtle"
                title={t("tasks.deleteTitle")}
                message={t("tasks.deleteMessage", { title: task.title })}
                confirmLabel={t("common.delete")}
                onConfirm={() => void run(() => deleteTask(workspaceId, task.id)).then(onClose)}
              >
                {t("common.delete")}
              </ConfirmButton>
            ) : (
              <span />
            )}
            <FormActions busy={busy} onCancel={onClose} />
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
};
