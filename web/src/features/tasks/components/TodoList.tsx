import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  canDelete,
  canWrite,
  compareTodos,
  isTaskDone,
  rankForIndex,
  type Task,
  openTaskParam,
  type TaskProject,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useQueryParams } from "@/lib/useQueryParams";
import type { SubscriptionState } from "@/lib/useSubscription";
import { useZodForm } from "@/lib/useZodForm";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { dayPickedTime } from "@/lib/pickerDates";
import { DateTimeField } from "@/ui/DateTimeField";
import { FormError } from "@/ui/FormError";
import { Loaded } from "@/ui/Loaded";
import { createTodo } from "../data/tasksData";
import { todoFormSchema, todoFormValues } from "../utils/todoFormSchema";
import { TodoItem } from "./TodoItem";
import { confirmSave } from "@/lib/confirmSave";

type TodoListProps = {
  customerId: string;
  dealId: string | null;
  tasks: SubscriptionState<Row<Task>[]>;
  projectOf: (projectId: string) => TaskProject | undefined;
  now: Date;
};

// A list of tasks to tick off ("Teklif gönder"), open ones first, and a form that adds a to-do
// with a due time and an assignee; live for everyone.
export const TodoList = ({ customerId, dealId, tasks, projectOf, now }: TodoListProps) => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const { form, field, parse } = useZodForm(todoFormSchema, todoFormValues(user.uid));
  const { busy, error, run } = useAsyncAction();
  const writable = canWrite(role);
  const memberList = members.status === "ready" ? members.data : [];
  const nameOf = useMemberNames(workspaceId);
  const linkedId = useQueryParams().get(openTaskParam);
  const rows = (tasks.status === "ready" ? tasks.data : [])
    .map((task) => {
      const project = task.projectId ? projectOf(task.projectId) : undefined;
      return { ...task, project, done: isTaskDone(task, project) };
    })
    .sort(compareTodos);

  const handleSubmit = form.onSubmit((values) => {
    const fields = parse(values);
    const todos = rows.filter((row) => row.projectId === null);
    const rank = rankForIndex(todos, todos.length);
    void run(async () => {
      await confirmSave(
        createTodo(workspaceId, user.uid, fields, { customerId, dealId, rank }),
        fields.title,
      );
      form.reset();
    });
  });
  const title = t("customers.tasks");

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Loaded state={tasks} loading={null}>
        {() =>
          rows.length === 0 && (
            <Text size="sm" c="dimmed" mb="xs">
              {t("tasks.none")}
            </Text>
          )
        }
      </Loaded>
      <Stack gap={6} mb={writable ? "sm" : 0}>
        {rows.map((row) => (
          <TodoItem
            key={row.id}
            workspaceId={workspaceId}
            task={row}
            done={row.done}
            project={row.project}
            assigneeName={nameOf(row.assigneeId)}
            now={now}
            writable={writable}
            mayDelete={canDelete({ uid: user.uid, role }, row)}
            linked={row.id === linkedId}
          />
        ))}
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
                defaultTimeValue={dayPickedTime.due}
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
