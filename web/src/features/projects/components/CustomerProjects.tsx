import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { routes } from "@/lib/routes";
import { useCustomerProjects } from "@/lookups/hooks/useCustomerProjects";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { ProjectProgress } from "./ProjectProgress";
import { ProjectStatusBadge } from "./ProjectStatusBadge";

export const CustomerProjects = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const projects = useCustomerProjects(workspaceId, customerId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t("customers.projects")}>
      <Title order={3} size="h5" mb="xs">
        {t("customers.projects")}
      </Title>
      <Loaded state={projects} loading={null}>
        {(list) => (
          <>
            {list.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("projects.noneForCustomer")}
              </Text>
            )}
            <Stack gap="sm">
              {list.map((project) => (
                <Stack key={project.id} gap={4}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Anchor
                      component={Link}
                      to={routes.project(workspaceId, project.id)}
                      size="sm"
                      fw={600}
                    >
                      {project.name}
                    </Anchor>
                    <ProjectStatusBadge status={project.status} />
                  </Group>
                  <ProjectProgress project={project} />
                </Stack>
              ))}
            </Stack>
          </>
        )}
      </Loaded>
    </Paper>
  );
};
