import { Container, Group } from "@mantine/core";
import { Outlet } from "react-router";
import { NotificationBell } from "@/features/notifications";
import { Logo } from "@/ui/Logo";
import { PreferencesMenu } from "@/ui/PreferencesMenu";
import { SyncIndicator } from "./SyncIndicator";
import { UserMenu } from "./UserMenu";

// The frame for signed-in pages outside any workspace.
export const PlainShell = () => (
  <Container size="md" py="md">
    <Group justify="space-between" mb="xl">
      <Logo />
      <Group gap="sm" wrap="nowrap">
        <SyncIndicator />
        <NotificationBell />
        <PreferencesMenu />
        <UserMenu />
      </Group>
    </Group>
    <Outlet />
  </Container>
);
