import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "@pano/domain";
import { useCustomerNames } from "@/features/customers";
import { useCurrentWorkspace } from "@/features/workspaces";
import { useLocale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { SubscriptionError } from "@/ui/SubscriptionError";
import { useProject } from "../hooks/useProjects";
import { ProjectProgress } from "./ProjectProgress";
import { ProjectStatusBadge } from "./ProjectStatusBadge";

export const ProjectDetail = ({ projectId }: { projectId: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { workspaceId } = useCurrentWorkspace();
  const project = useProject(workspaceId, projectId);
  const customerId = project.status === "ready" && project.data ? project.data.customerId : null;
  const customerName = useCustomerNames(workspaceId, customerId ? [customerId] : []);

  if (project.status === "loading") return <LoadingScreen />;
  if (project.status === "error") return <SubscriptionError error={project.error} />;
  if (!project.data) return <Text>{t("projects.notFound")}</Text>;
  const current = project.data;

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
          <ProjectStatusBadge status={current.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <div>
            <Text size="xs" c="dimmed">
              {t("projects.customer")}
            </Text>
            <Anchor
              component={Link}
              to={routes.customer(workspaceId, current.customerId)}
              size="sm"
            >
              {customerName(current.customerId) || "…"}
            </Anchor>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t("projects.createdAt")}
            </Text>
            <Text size="sm">{formatDate(current.createdAt, locale)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t("projects.progress")}
            </Text>
            <ProjectProgress project={current} />
          </div>
        </SimpleGrid>
        {current.dealId && (
          <Anchor component={Link} to={routes.deal(workspaceId, current.dealId)} size="sm">
            {t("projects.fromDeal")}
          </Anchor>
        )}
      </Paper>
      <Group gap="xs">
        {current.columns.map((column) => (
          <Badge key={column.id} variant="outline" color={column.kind === "done" ? "teal" : "gray"}>
            {column.name}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
};
