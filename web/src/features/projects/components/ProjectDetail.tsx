import { Anchor, Button, Menu, Select } from "@mantine/core";
import { IconColumns, IconDots, IconRefresh } from "@tabler/icons-react";
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
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { routes } from "@/lib/routes";
import { useCustomerNames } from "@/lookups/hooks/useCustomerNames";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { DetailField } from "@/ui/DetailField";
import { DetailLayout } from "@/ui/DetailLayout";
import { Loaded } from "@/ui/Loaded";
import { deleteProject, recountProjectCounters, updateProject } from "../data/projectsData";
import { useProject } from "../hooks/useProjects";
import { ColumnEditor } from "./ColumnEditor";
import { ProjectFormModal } from "./ProjectFormModal";
import { ProjectProgress } from "./ProjectProgress";

type ProjectSlot = (project: Row<Project>) => ReactNode;

// The page composes the other features a project shows: its deal and its tasks, and counts a
// column's tasks before the column editor removes it.
type ProjectSlots = {
  dealLink: ProjectSlot;
  tasks: ProjectSlot;
  countTasksInColumn: (projectId: string, columnId: string) => Promise<number>;
};

const ProjectSheet = ({
  project,
  dealLink,
  tasks,
  countTasksInColumn,
}: ProjectSlots & { project: Row<Project> }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const [dialog, setDialog] = useState<"edit" | "columns" | null>(null);
  const customerName = useCustomerNames(workspaceId, [project.customerId]);
  const memberName = useMemberNames(workspaceId);
  const nameOf = (uid: string) => memberName(uid) || "…";

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
    <DetailLayout
      back={{ to: routes.projects(workspaceId), label: t("nav.projects") }}
      title={current.name}
      leading={
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
            if (next) updateProject(workspaceId, current.id, { status: next }).catch(notifyError);
          }}
        />
      }
      onEdit={writable ? () => setDialog("edit") : undefined}
      deletion={
        mayDelete
          ? {
              label: t("projects.delete"),
              title: t("projects.delete"),
              message: t("projects.deleteConfirm", {
                name: current.name,
                count: current.taskCount,
              }),
              onConfirm: () => void handleDelete(),
            }
          : undefined
      }
      trailing={
        writable && (
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
        )
      }
      fieldColumns={5}
      fields={
        <>
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
        </>
      }
      footer={dealLink(current)}
    >
      {tasks(current)}
      {dialog === "edit" && (
        <ProjectFormModal opened onClose={() => setDialog(null)} project={current} />
      )}
      {dialog === "columns" && (
        <ColumnEditor
          project={current}
          countIn={(columnId) => countTasksInColumn(current.id, columnId)}
          onClose={() => setDialog(null)}
        />
      )}
    </DetailLayout>
  );
};

export const ProjectDetail = ({ projectId, ...slots }: ProjectSlots & { projectId: string }) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const project = useProject(workspaceId, projectId);
  return (
    <Loaded state={project} notFound={t("projects.notFound")}>
      {(current) => <ProjectSheet project={current} {...slots} />}
    </Loaded>
  );
};
