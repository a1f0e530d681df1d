import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Project } from "@pano/domain";

const statusColor: Record<Project["status"], string> = {
  planned: "gray",
  active: "blue",
  on_hold: "yellow",
  completed: "teal",
  cancelled: "red",
};

export const ProjectStatusBadge = ({ status }: { status: Project["status"] }) => {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]}>
      {t(`projects.statuses.${status}`)}
    </Badge>
  );
};
