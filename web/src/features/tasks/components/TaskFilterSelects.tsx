import { Select } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { taskPriorities, type TaskFilters } from "@pano/domain";

type TaskFilterSelectsProps = {
  assignable: { value: string; label: string }[];
  assigneeId: string | null;
  priority: TaskFilters["priority"];
  onChange: (next: Partial<TaskFilters>) => void;
};

// The assignee and priority filters beside the search box: memoized, so a keystroke in the box
// does not render their pop-overs again.
export const TaskFilterSelects = memo(function TaskFilterSelects({
  assignable,
  assigneeId,
  priority,
  onChange,
}: TaskFilterSelectsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t("tasks.assignee")}
        placeholder={t("customers.anyOwner")}
        data={assignable}
        value={assigneeId}
        onChange={(next) => onChange({ assigneeId: next })}
        clearable
        style={{ flex: "1 1 160px" }}
      />
      <Select
        label={t("tasks.priority")}
        placeholder={t("tasks.anyPriority")}
        data={taskPriorities.map((item) => ({
          value: item,
          label: t(`tasks.priorities.${item}`),
        }))}
        value={priority}
        onChange={(next) =>
          onChange({ priority: taskPriorities.find((item) => item === next) ?? null })
        }
        clearable
        style={{ flex: "1 1 140px" }}
      />
    </>
  );
});
