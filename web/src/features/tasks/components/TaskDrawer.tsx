import { Drawer, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  canDelete,
  completionChange,
  formatDateTime,
  pickFields,
  rankForIndex,
  taskPriorities,
  type BoardColumn,
  type Ranked,
  type Task,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useConcurrentEdit } from "@/lib/useConcurrentEdit";
import { useZodForm } from "@/lib/useZodForm";
import { CustomerPicker } from "@/lookups/components/CustomerPicker";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useCustomerNames } from "@/lookups/hooks/useCustomerNames";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { ConfirmButton } from "@/ui/ConfirmButton";
import { dayPickedTime } from "@/lib/pickerDates";
import { DateTimeField } from "@/ui/DateTimeField";
import { EditConflicts } from "@/ui/EditConflicts";
import { FormActions } from "@/ui/FormActions";
import { useDiscardGuard } from "@/ui/useDiscardGuard";
import { FormError } from "@/ui/FormError";
import { createTask, deleteTask } from "../data/tasksData";
import { useTaskMove } from "../hooks/useTaskMove";
import { taskFormSchema, taskFormValues, type TaskFormValues } from "../utils/taskFormSchema";
import { confirmSave } from "@/lib/confirmSave";

type TaskDrawerProps = {
  projectId: string;
  columns: BoardColumn[];
  // The task as the page sees it now: an open drawer follows it.
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
  const locale = useLocale();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const assignees = useAssignableMembers(workspaceId);
  const memberName = useMemberNames(workspaceId);
  const customerName = useCustomerNames(workspaceId, task?.customerId ? [task.customerId] : []);
  const { form, field, parse } = useZodForm(taskFormSchema, {
    ...taskFormValues(task, status),
    customerId: task ? task.customerId : defaultCustomerId,
  });
  const live = task ? taskFormValues(task, status) : undefined;
  const edit = useConcurrentEdit(form, live, task?.pending);
  // Closing without saving asks first, so what was typed is never lost to a stray Escape.
  const guard = useDiscardGuard(edit.hasChanges, onClose);
  const { busy, error, run } = useAsyncAction();
  const moves = useTaskMove(workspaceId);
  const mayDelete = task && canDelete({ uid: user.uid, role }, task);

  // Only the fields the person changed are written (the column only when they moved it), so a save
  // puts back nobody else's change; a field someone else changed too waits for the person's choice.
  const handleSubmit = form.onSubmit((values) => {
    if (edit.conflicts.length > 0) return;
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
        const changed = edit.changed();
        const moved = changed.includes("status");
        const changes = pickFields(
          { ...fields, customerId },
          changed.filter((key) => key !== "status"),
        );
        if (moved || Object.keys(changes).length > 0) {
          await confirmSave(
            moves.saveWithMove(
              task,
              changes,
              columns,
              moved ? column : task.status,
              columnTasks(column),
            ),
            fields.title,
          );
        }
      }
      onClose();
    });
  });

  const title = t(task ? "tasks.editTitle" : "tasks.newTitle");
  const customer = field("customerId");
  const labels: Record<keyof TaskFormValues, string> = {
    title: t("tasks.title"),
    description: t("tasks.description"),
    status: t("tasks.status"),
    priority: t("tasks.priority"),
    assigneeId: t("tasks.assignee"),
    dueAt: t("tasks.dueAt"),
    customerId: t("tasks.customer"),
  };
  const shown = (values: TaskFormValues): Record<keyof TaskFormValues, string> => ({
    title: values.title,
    description: values.description ?? "",
    status: columns.find((column) => column.id === values.status)?.name ?? values.status,
    priority: t(`tasks.priorities.${values.priority ?? "medium"}`),
    assigneeId: values.assigneeId ? memberName(values.assigneeId) : t("tasks.unassigned"),
    dueAt: values.dueAt ? formatDateTime(values.dueAt, locale) : "",
    customerId: values.customerId ? customerName(values.customerId) : "",
  });

  return (
    <Drawer opened {...guard.dialogProps} title={title} position="right" size="md">
      {guard.prompt}
      <form onSubmit={handleSubmit} noValidate aria-label={title}>
        <Stack>
          <FormError message={error} />
          {live && (
            <EditConflicts
              fields={edit.conflicts}
              labels={labels}
              theirs={shown(live)}
              by={memberName(task?.updatedBy ?? null)}
              onResolve={edit.resolve}
            />
          )}
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
            <DateTimeField
              label={t("tasks.dueAt")}
              defaultTimeValue={dayPickedTime.due}
              {...field("dueAt")}
            />
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
            <FormActions busy={busy} onCancel={guard.requestClose} />
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
};
