import { Group, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { canManageMembers, formatDate, type Member } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { MemberActions } from "./MemberActions";
import { MemberRoleCell } from "./MemberRoleCell";

const MemberIdentity = ({ member, isYou }: { member: Member; isYou: boolean }) => {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={500}>
        {member.displayName}
        {isYou && (
          <Text span c="dimmed" size="sm">
            {" "}
            ({t("members.you")})
          </Text>
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {member.email}
      </Text>
    </>
  );
};

// On a phone each member is one cell: name, e-mail, then the role and the actions beneath, so
// nothing is squeezed to a letter's width or hidden past the screen's edge; the joining date is
// left out there.
export const MembersTable = ({ members }: { members: Row<Member>[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  // Only those who manage members have actions; for the rest the column would stand empty.
  const withActions = canManageMembers(useCurrentWorkspace().role);
  return (
    <Table.ScrollContainer minWidth={phone ? 0 : 640}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t("members.title")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("members.member")}</Table.Th>
            {!phone && <Table.Th>{t("members.role")}</Table.Th>}
            {!phone && <Table.Th>{t("members.joinedAt")}</Table.Th>}
            {withActions && !phone && <Table.Th ta="right">{t("members.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.uid} data-testid={`member-${member.email}`}>
              <Table.Td>
                <MemberIdentity member={member} isYou={member.uid === user.uid} />
                {phone && (
                  <Group gap="xs" mt="xs" justify="space-between">
                    <MemberRoleCell member={member} />
                    {withActions && <MemberActions member={member} />}
                  </Group>
                )}
              </Table.Td>
              {!phone && (
                <Table.Td>
                  <MemberRoleCell member={member} />
                </Table.Td>
              )}
              {!phone && (
                <Table.Td c="dimmed" style={{ whiteSpace: "nowrap" }}>
                  {formatDate(member.joinedAt, locale)}
                </Table.Td>
              )}
              {withActions && !phone && (
                <Table.Td>
                  <MemberActions member={member} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
