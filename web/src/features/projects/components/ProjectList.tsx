import { Anchor, Paper, Table, Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "@pano/domain";
import { useCustomerNames } from "@/features/customers";
import { useCurrentWorkspace } from "@/features/workspaces";
import { useLocale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { PageHeader } from "@/ui/PageHeader";
import { SubscriptionError } from "@/ui/SubscriptionError";
import { useProjects } from "../hooks/useProjects";
import { ProjectProgress } from "./ProjectProgress";
import { ProjectStatusBadge } from "./ProjectStatusBadge";

export const ProjectList = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { workspaceId } = useCurrentWorkspace();
  const projects = useProjects(workspaceId);
  const rows = useMemo(() => (projects.status === "ready" ? projects.data : []), [projects]);
  const customerName = useCustomerNames(
    workspaceId,
    useMemo(() => rows.map((project) => project.customerId), [rows]),
  );

  return (
    <>
      <PageHeader title={t("nav.projects")} />
      {projects.status === "loading" && <LoadingScreen />}
      {projects.status === "error" && <SubscriptionError error={projects.error} />}
      {projects.status === "ready" && rows.length === 0 && (
        <Paper withBorder p="xl" radius="md">
          <Text c="dimmed" ta="center">
            {t("projects.empty")}
          </Text>
        </Paper>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t("nav.projects")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("projects.name")}</Table.Th>
                <Table.Th>{t("projects.customer")}</Table.Th>
                <Table.Th>{t("projects.status")}</Table.Th>
                <Table.Th>{t("projects.progress")}</Table.Th>
                <Table.Th>{t("projects.createdAt")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((project) => (
                <Table.Tr key={project.id}>
                  <Table.Td>
                    <Anchor component={Link} to={routes.project(workspaceId, project.id)} fw={600}>
                      {project.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={routes.customer(workspaceId, project.customerId)}>
                      {customerName(project.customerId) || "…"}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <ProjectStatusBadge status={project.status} />
                  </Table.Td>
                  <Table.Td>
                    <ProjectProgress project={project} />
                  </Table.Td>
                  <Table.Td>{formatDate(project.createdAt, locale)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
};
