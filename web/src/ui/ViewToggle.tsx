import { Group, SegmentedControl } from "@mantine/core";
import { IconLayoutKanban, IconList } from "@tabler/icons-react";
import { memo } from "react";
import { useTranslation } from "react-i18next";

export type BoardOrList = "board" | "list";

// The board / list switch shared by the pipeline and project pages; memoized, as the pages render
// on every keystroke in their search boxes.
export const ViewToggle = memo(function ViewToggle({
  value,
  onChange,
}: {
  value: BoardOrList;
  onChange: (view: BoardOrList) => void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t("pipeline.view")}
      value={value}
      onChange={(next) => onChange(next === "list" ? "list" : "board")}
      data={[
        {
          value: "board",
          label: (
            <Group gap={4} wrap="nowrap">
              <IconLayoutKanban size={16} aria-hidden />
              {t("pipeline.board")}
            </Group>
          ),
        },
        {
          value: "list",
          label: (
            <Group gap={4} wrap="nowrap">
              <IconList size={16} aria-hidden />
              {t("pipeline.list")}
            </Group>
          ),
        },
      ]}
    />
  );
});
