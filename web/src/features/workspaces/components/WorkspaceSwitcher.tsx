import { Button, Menu, Text } from "@mantine/core";
import { IconCheck, IconSelector } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { useMyWorkspaces } from "../hooks/useMyWorkspaces";

export const WorkspaceSwitcher = () => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const current = useCurrentWorkspace();
  const workspaces = useMyWorkspaces(user.uid);

  return (
    <Menu position="bottom-start" width={260}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          rightSection={<IconSelector size={16} />}
          aria-label={t("workspaces.switch")}
          maw={240}
        >
          <Text truncate fw={600} size="sm">
            {current.workspace.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t("workspaces.switch")}</Menu.Label>
        {workspaces.status === "ready" &&
          workspaces.data.map((workspace) => (
            <Menu.Item
              key={workspace.id}
              component={Link}
              to={`/w/${workspace.id}`}
              rightSection={workspace.id === current.workspaceId ? <IconCheck size={14} /> : null}
            >
              {workspace.name}
            </Menu.Item>
          ))}
        <Menu.Divider />
        <Menu.Item component={Link} to="/workspaces">
          {t("workspaces.all")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
};
