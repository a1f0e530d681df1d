import {
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Title,
} from "@mantine/core";
import { IconColumns, IconDots, IconPencil, IconRefresh } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import {
  canDelete,
  canWrite,
  columnsIn,
  formatDate,
  isAtLeast,
  projectStatuses,
  type Project,
} from "@pano/domain";
import { useSignedInUser } from "@/features/auth";
import { useCustomerNames } from "@/features/customers";
import { useMemberNames } from "@/features/members";
import { ProjectTasks } from "@/features/tasks";
import { useCurrentWorkspace } from "@/features/workspaces";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { routes } from "@/lib/routes";
import { ConfirmButton } from "@/ui/ConfirmButton";
import { DetailField } from "@/ui/DetailField";
import { Loaded } from "@/ui/Loaded";
import { deleteProject, recountProjectCounters, updateProject } from "../data/projectsData";
import { useProject } from "../hooks/useProjects";
import { ColumnEditor } from "./ColumnEditor";
import { ProjectFormModal } from "./ProjectFormModal";
import { ProjectProgress } from "./ProjectProgress";

type ProjectDetailProps = {
  projectId: string;
  // The page composes the deal feature's link here (deals already depend on projects).
  dealLink?: (project: Row<Project>) => ReactNode;
};

const ProjectSheet = ({
  project,
  dealLink,
}: {
  project: Row<Project>;
  dealLink: ProjectDetailProps["dealLink"];
}) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const [dialog, setDialog] = useState<"edit" | "columns" | null>(null);
  const customerName = useCustomerNames(workspaceId, [project.customerId]);
  const memberName = useMemberNames(workspaceId);
  const nameOf = (uid: string) => memberName(uid) || "—";

  // Default columns read in the UI language until renamed; the stored names stay as they are.
  const current = { ...project, columns: columnsIn(project.columns, locale) };
  const writable = canWrite(role);
  const mayDelete = canDelete({ uid: user.uid, role }, current);

  const handleRecount = () =>
    recountProjectCounters(workspaceId, current.id).then(
      () => notifySuccess(t("projects.recounted")),
      notifyError,
    );

  const handleDelete = () =>
    deleteProject(workspaceId, current.id).then(() => {
      notifySuccess(t("projects.deleted", { name: current.name }));
      navigate(routes.projects(workspaceId));
    }, notifyError);

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Anchor component={Link} to={routes.projects(workspaceId)} size="sm">
          {t("nav.projects")}
        </Anchor>
        <Group justify="space-between" align="flex-start" mb="md">
          <Title order={1} size="h2">
            {current.name}
          </Title>
          <Group gap="xs">
            <Select
              aria-label={t("projects.status")}
              data={projectStatuses.map((status) => ({
                value: status,
                label: t(`projects.statuses.${status}`),
              }))}
              value={current.status}
              allowDeselect={false}
              disabled={!writable}
              w={170}
              onChange={(status) => {
                const next = projectStatuses.find((item) => item === status);
                if (next)
                  updateProject(workspaceId, current.id, { status: next }).catch(notifyError);
              }}
            />
            {writable && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setDialog("edit")}
              >
                {t("common.edit")}
              </Button>
            )}
            {mayDelete && (
              <ConfirmButton
                variant="subtle"
                color="red"
                title={t("projects.delete")}
                message={t("projects.deleteConfirm", {
                  name: current.name,
                  count: current.taskCount,
                })}
                confirmLabel={t("projects.delete")}
                onConfirm={() => void handleDelete()}
              >
                {t("projects.delete")}
              </ConfirmButton>
            )}
            {writable && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" px="xs" aria-label={t("projects.more")}>
                    <IconDots size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconColumns size={16} />}
                    onClick={() => setDialog("columns")}
                  >
                    {t("columns.title")}
                  </Menu.Item>
                  {isAtLeast(role, "admin") && (
                    <Menu.Item leftSection={<IconRefresh size={16} />} onClick={handleRecount}>
                      {t("projects.recount")}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
          <DetailField label={t("projects.customer")}>
            <Anchor component={Link} to={routes.customer(workspaceId, current.customerId)}>
              {customerName(current.customerId) || "…"}
            </Anchor>
          </DetailField>
          <DetailField label={t("projects.owner")}>{nameOf(current.ownerId)}</DetailField>
          <DetailField label={t("projects.dueAt")}>
            {current.dueAt && formatDate(current.dueAt, locale)}
          </DetailField>
          <DetailField label={t("projects.tasks")}>
            {t("projects.taskCounts", { done: current.doneTaskCount, count: current.taskCount })}
          </DetailField>
          <DetailField label={t("projects.progress")}>
            <ProjectProgress project={current} />
          </DetailField>
        </SimpleGrid>
        {dealLink?.(current)}
      </Paper>
      <ProjectTasks project={current} />
      {dialog === "edit" && (
        <ProjectFormModal opened onClose={() => setDialog(null)} project={current} />
      )}
      {dialog === "columns" && <ColumnEditor project={current} onClose={() => setDialog(null)} />}
    </Stack>
  );
};

export const ProjectDetail = ({ projectId, dealLink }: ProjectDetailProps) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const project = useProject(workspaceId, projectId);
  return (
    <Loaded state={project} notFound={t("projects.notFound")}>
      {(current) => <ProjectSheet project={current} dealLink={dealLink} />}
    </Loaded>
  );
};
