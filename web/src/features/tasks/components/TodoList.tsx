import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import {
  canDelete,
  canWrite,
  compareTodos,
  formatDateTime,
  isDone,
  isOverdue,
  rankForIndex,
} from "@pano/domain";
import { useSignedInUser } from "@/features/auth";
import { useMemberNames, useMembers } from "@/features/members";
import { useCurrentWorkspace } from "@/features/workspaces";
import { useLocale } from "@/lib/i18n";
import { notifyError } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { DateTimeField } from "@/ui/DateTimeField";
import { FormError } from "@/ui/FormError";
import { createTodo, deleteTask, setTodoDone } from "../data/tasksData";
import { useTodos } from "../hooks/useTodos";
import { todoFormSchema, todoFormValues } from "../utils/todoFormSchema";

type TodoListProps = { customerId: string; dealId?: string; now?: Date };

// A customer's or a deal's to-dos ("Teklif gönder"): add with a due time and an assignee, tick off
// in one click, live for everyone.
export const TodoList = ({ customerId, dealId, now = new Date() }: TodoListProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const todos = useTodos(
    workspaceId,
    dealId ? { field: "dealId", id: dealId } : { field: "customerId", id: customerId },
  );
  const { form, field, parse } = useZodForm(todoFormSchema, todoFormValues(user.uid));
  const { busy, error, run } = useAsyncAction();
  const writable = canWrite(role);
  const memberList = members.status === "ready" ? members.data : [];
  const nameOf = useMemberNames(workspaceId);
  const rows =
    todos.status === "ready"
      ? todos.data.filter((task) => task.projectId === null).sort(compareTodos)
      : [];

  const handleSubmit = form.onSubmit((values) => {
    const fields = parse(values);
    const rank = rankForIndex(rows, rows.length);
    void run(async () => {
      await createTodo(workspaceId, user.uid, fields, {
        customerId,
        dealId: dealId ?? null,
        rank,
      });
      form.reset();
    });
  });
  const title = t("customers.tasks");

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {todos.status === "ready" && rows.length === 0 && (
        <Text size="sm" c="dimmed" mb="xs">
          {t("tasks.none")}
        </Text>
      )}
      <Stack gap={6} mb={writable ? "sm" : 0}>
        {rows.map((task) => {
          const overdue = isOverdue(task, now);
          const mayDelete = canDelete({ uid: user.uid, role }, task);
          return (
            <Group key={task.id} justify="space-between" wrap="nowrap" gap="xs">
              <Checkbox
                checked={isDone(task)}
                disabled={!writable}
                onChange={(event) =>
                  setTodoDone(workspaceId, task.id, event.currentTarget.checked).catch(notifyError)
                }
                label={
                  <Stack gap={0}>
                    <Text size="sm" td={isDone(task) ? "line-through" : undefined}>
                      {task.title}
                    </Text>
                    <Text size="xs" c={overdue ? "red" : "dimmed"} fw={overdue ? 600 : undefined}>
                      {[
                        task.dueAt &&
                          (overdue ? t("tasks.overdue") + " · " : "") +
                            formatDateTime(task.dueAt, locale),
                        nameOf(task.assigneeId),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Text>
                  </Stack>
                }
              />
              {mayDelete && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t("tasks.delete", { title: task.title })}
                  onClick={() => deleteTask(workspaceId, task.id).catch(notifyError)}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              )}
            </Group>
          );
        })}
      </Stack>
      {writable && (
        <form onSubmit={handleSubmit} noValidate aria-label={t("tasks.add")}>
          <Stack gap="xs">
            <FormError message={error} />
            <TextInput
              aria-label={t("tasks.title")}
              placeholder={t("tasks.titlePlaceholder")}
              {...field("title")}
            />
            <Group gap="xs" grow>
              <DateTimeField
                aria-label={t("tasks.dueAt")}
                placeholder={t("tasks.dueAt")}
                {...field("dueAt")}
              />
              <Select
                aria-label={t("tasks.assignee")}
                data={memberList
                  .filter((member) => member.role !== "viewer")
                  .map((member) => ({ value: member.uid, label: member.displayName }))}
                clearable
                placeholder={t("tasks.unassigned")}
                {...field("assigneeId")}
              />
            </Group>
            <Button type="submit" variant="light" loading={busy}>
              {t("tasks.add")}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
};
