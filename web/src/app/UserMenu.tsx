import { Avatar, Menu, UnstyledButton } from "@mantine/core";
import { IconLogout, IconSwitchHorizontal } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { signOut } from "@/features/auth";
import { forgetThisDevice } from "@/features/notifications";
import { notifyError } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { splitGraphemes } from "@pano/domain";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => (splitGraphemes(part)[0] ?? "").toLocaleUpperCase("tr"))
    .join("");

export const UserMenu = () => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const name = user.displayName || user.email || "";
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={name}>
          <Avatar color="blue" radius="xl">
            {initials(name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          component={Link}
          to="/workspaces"
          leftSection={<IconSwitchHorizontal size={16} />}
        >
          {t("workspaces.all")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          // While still signed in: the device's document goes with its token.
          onClick={() =>
            void forgetThisDevice(user.uid).catch(notifyError).then(signOut).catch(notifyError)
          }
        >
          {t("auth.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
};
