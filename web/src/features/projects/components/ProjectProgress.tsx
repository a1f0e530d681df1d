import { Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { projectProgress, type Project } from "@pano/domain";

export const ProjectProgress = ({ project }: { project: Project }) => {
  const { t } = useTranslation();
  const percent = projectProgress(project);
  if (percent === null)
    return (
      <Text size="xs" c="dimmed" miw={140}>
        {t("projects.noTasksYet")}
      </Text>
    );
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={percent}
        style={{ flex: 1 }}
        aria-label={t("projects.progressLabel", { name: project.name })}
      />
      <Text size="xs" fw={600} miw={36} ta="right" style={{ whiteSpace: "nowrap" }}>
        {t("projects.percent", { percent })}
      </Text>
    </Group>
  );
};
