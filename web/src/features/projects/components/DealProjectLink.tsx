import { Anchor, Badge, Group } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { routes } from "@/lib/routes";
import { useProject } from "../hooks/useProjects";

type DealProjectLinkProps = { workspaceId: string; projectId: string };

// The project a won deal made: a link while it exists, a plain note once someone deleted it.
export const DealProjectLink = ({ workspaceId, projectId }: DealProjectLinkProps) => {
  const { t } = useTranslation();
  const project = useProject(workspaceId, projectId);
  if (project.status !== "ready") return null;
  if (!project.data)
    return (
      <Badge size="lg" variant="light" color="gray">
        {t("projects.deletedBadge")}
      </Badge>
    );
  return (
    <Anchor
      component={Link}
      to={routes.project(workspaceId, projectId)}
      fw={600}
      underline="always"
    >
      <Group component="span" gap={4} wrap="nowrap">
        {t("deals.openProject")}
        <IconArrowRight size={16} aria-hidden />
      </Group>
    </Anchor>
  );
};
