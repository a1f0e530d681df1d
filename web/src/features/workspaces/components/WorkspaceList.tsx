import { Badge, Card, Group, SimpleGrid, Text } from "@mantine/core";
import { IconChevronRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { WorkspaceSummary } from "../data/workspacesData";

export const WorkspaceList = ({ workspaces }: { workspaces: WorkspaceSummary[] }) => {
  const { t } = useTranslation();
  if (workspaces.length === 0) return <Text c="dimmed">{t("workspaces.empty")}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {workspaces.map((workspace) => (
        <Card
          key={workspace.id}
          component={Link}
          to={`/w/${workspace.id}`}
          withBorder
          padding="lg"
          radius="md"
          aria-label={workspace.name}
        >
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{workspace.name}</Text>
              <Badge variant="light" mt={6}>
                {t(`roles.${workspace.role}`)}
              </Badge>
            </div>
            <IconChevronRight />
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
};
