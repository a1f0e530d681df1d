import { Anchor, Button, Group, Paper, Select, Table, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { canWrite, filterProjects, formatDate, projectStatuses } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { CustomerPicker } from "@/lookups/components/CustomerPicker";
import { useCustomerNames } from "@/lookups/hooks/useCustomerNames";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { PageHeader } from "@/ui/PageHeader";
import { SearchBox } from "@/ui/SearchBox";
import wideList from "@/ui/wideList.module.css";
import { useProjectFilters } from "../hooks/useProjectFilters";
import { useProjects } from "../hooks/useProjects";
import { ProjectFormModal } from "./ProjectFormModal";
import { ProjectProgress } from "./ProjectProgress";
import { ProjectStatusBadge } from "./ProjectStatusBadge";

export const ProjectList = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { workspaceId, role } = useCurrentWorkspace();
  const projects = useProjects(workspaceId);
  const members = useMembers(workspaceId);
  const { filters, setFilters } = useProjectFilters();
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => (projects.status === "ready" ? projects.data : []), [projects]);
  const customerName = useCustomerNames(
    workspaceId,
    useMemo(() => rows.map((project) => project.customerId), [rows]),
  );
  const memberList = members.status === "ready" ? members.data : [];
  const memberName = useMemberNames(workspaceId);
  const ownerName = (uid: string) => memberName(uid) || "…";
  const shown = filterProjects(rows, filters, customerName);
  const now = new Date();

  return (
    <>
      <PageHeader
        title={t("nav.projects")}
        actions={
          canWrite(role) && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t("projects.new")}
            </Button>
          )
        }
      />
      <Group align="flex-end" wrap="wrap" mb="md">
        <SearchBox
          label={t("projects.search")}
          placeholder={t("projects.searchPlaceholder")}
          value={filters.text}
          onChange={(text) => setFilters({ ...filters, text })}
          style={{ flex: "2 1 220px" }}
        />
        <Select
          label={t("projects.status")}
          placeholder={t("projects.anyStatus")}
          data={projectStatuses.map((status) => ({
            value: status,
            label: t(`projects.statuses.${status}`),
          }))}
          value={filters.status}
          onChange={(status) =>
            setFilters({
              ...filters,
              status: projectStatuses.find((item) => item === status) ?? null,
            })
          }
          clearable
          style={{ flex: "1 1 150px" }}
        />
        <CustomerPicker
          workspaceId={workspaceId}
          label={t("projects.customer")}
          placeholder={t("pipeline.anyCustomer")}
          value={filters.customerId}
          onChange={(customerId) => setFilters({ ...filters, customerId })}
          clearable
          style={{ flex: "1 1 200px" }}
        />
        <Select
          label={t("projects.owner")}
          placeholder={t("customers.anyOwner")}
          data={memberList.map((member) => ({ value: member.uid, label: member.displayName }))}
          value={filters.ownerId}
          onChange={(ownerId) => setFilters({ ...filters, ownerId })}
          clearable
          style={{ flex: "1 1 160px" }}
        />
      </Group>
      <Loaded state={projects}>
        {() =>
          shown.length === 0 && (
            <Paper withBorder p="xl" radius="md">
              <Text c="dimmed" ta="center">
                {t(rows.length === 0 ? "projects.empty" : "projects.noMatches")}
              </Text>
            </Paper>
          )
        }
      </Loaded>
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table
            className={wideList.table}
            verticalSpacing="sm"
            highlightOnHover
            aria-label={t("nav.projects")}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("projects.name")}</Table.Th>
                <Table.Th>{t("projects.customer")}</Table.Th>
                <Table.Th>{t("projects.status")}</Table.Th>
                <Table.Th>{t("projects.owner")}</Table.Th>
                <Table.Th>{t("projects.dueAt")}</Table.Th>
                <Table.Th>{t("projects.progress")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((project) => {
                const late =
                  project.dueAt !== null &&
                  project.dueAt < now &&
                  !["completed", "cancelled"].includes(project.status);
                return (
                  <Table.Tr key={project.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={routes.project(workspaceId, project.id)}
                        fw={600}
                      >
                        {project.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={routes.customer(workspaceId, project.customerId)}
                      >
                        {customerName(project.customerId) || "…"}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ProjectStatusBadge status={project.status} />
                    </Table.Td>
                    <Table.Td>{ownerName(project.ownerId)}</Table.Td>
                    <Table.Td className={wideList.oneLine}>
                      <Text size="sm" c={late ? "red" : undefined} fw={late ? 600 : undefined}>
                        {project.dueAt ? formatDate(project.dueAt, locale) : "—"}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ProjectProgress project={project} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <ProjectFormModal
          opened
          onClose={() => setCreating(false)}
          initialCustomerId={filters.customerId ?? undefined}
          onCreated={(projectId) => navigate(routes.project(workspaceId, projectId))}
        />
      )}
    </>
  );
};
