import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { routes } from "@/lib/routes";
import { useProject } from "../hooks/useProjects";

type DealProjectBadgeProps = { workspaceId: string; projectId: string };

// The project a won deal made: a link while it exists, a plain note once someone deleted it.
export const DealProjectBadge = ({ workspaceId, projectId }: DealProjectBadgeProps) => {
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
    <Badge
      component={Link}
      to={routes.project(workspaceId, projectId)}
      size="lg"
      variant="light"
      color="teal"
      style={{ cursor: "pointer" }}
    >
      {t("deals.openProject")}
    </Badge>
  );
};
