import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { i18n } from "@/lib/i18n";

// Says a task was completed, with an Undo that takes the toast away and puts the task back;
// hovering the toast keeps it open.
export const notifyTaskCompleted = (taskId: string, title: string, onUndo: () => void) => {
  const id = `task-completed-${taskId}`;
  notifications.show({
    id,
    color: "teal",
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{i18n.t("myTasks.completed", { title })}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {i18n.t("myTasks.undo")}
        </Button>
      </Group>
    ),
  });
};
