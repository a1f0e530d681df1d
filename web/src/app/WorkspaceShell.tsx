import { AppShell, Burger, Group, NavLink, ScrollArea } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { NavLink as RouterNavLink, Outlet, useParams } from "react-router";
import { NotificationBell } from "@/features/notifications";
import { WorkspaceProvider, WorkspaceSwitcher } from "@/features/workspaces";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { Logo } from "@/ui/Logo";
import { PreferencesMenu } from "@/ui/PreferencesMenu";
import { navigation } from "./navigation";
import { SyncIndicator } from "./SyncIndicator";
import { UserMenu } from "./UserMenu";

const ShellNavigation = ({
  workspaceId,
  onNavigate,
}: {
  workspaceId: string;
  onNavigate: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("app.name")}>
      {navigation.map(({ path, label, icon: Icon }) => (
        // One link element: the router marks the current page with aria-current, which Mantine
        // shows as active, and Mantine's styles give it the theme's colours rather than the
        // browser's link blue and visited purple.
        <NavLink
          key={path}
          component={RouterNavLink}
          to={`/w/${workspaceId}/${path}`}
          onClick={onNavigate}
          label={t(label)}
          leftSection={<Icon size={18} />}
        />
      ))}
    </nav>
  );
};

export const WorkspaceShell = () => {
  const { t } = useTranslation();
  const { workspaceId = "" } = useParams();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On a phone the header keeps room for the workspace name: language and appearance move into
  // the menu (rendered in one place only, so each control exists once).
  const phone = useMediaQuery("(max-width: 48em)");

  return (
    <WorkspaceProvider workspaceId={workspaceId}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 200, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <a
            href="#main"
            className="skip-link"
            onClick={(event) => {
              // Focus moves itself: the address stays the page's, with no "#main" for the router.
              event.preventDefault();
              document.getElementById("main")?.focus();
            }}
          >
            {t("nav.skipToContent")}
          </a>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t("nav.openMenu")}
              />
              <Group visibleFrom="xs">
                <Logo />
              </Group>
              <WorkspaceSwitcher />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <SyncIndicator />
              <NotificationBell />
              {!phone && <PreferencesMenu />}
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <AppShell.Section grow component={ScrollArea}>
            <ShellNavigation workspaceId={workspaceId} onNavigate={close} />
          </AppShell.Section>
          {phone && (
            <AppShell.Section pt="xs">
              <PreferencesMenu />
            </AppShell.Section>
          )}
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} style={{ outline: "none" }}>
          <Suspense fallback={<LoadingScreen />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </WorkspaceProvider>
  );
};
