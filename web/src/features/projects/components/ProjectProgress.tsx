import { Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { projectProgress, type Project } from "@pano/domain";

export const ProjectProgress = ({ project }: { project: Project }) => {
  const { t } = useTranslation();
  const percent = projectProgress(project);
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
