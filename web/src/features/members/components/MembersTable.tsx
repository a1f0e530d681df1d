import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { canManageMembers, formatDate, type Member } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { MemberActions } from "./MemberActions";
import { MemberRoleCell } from "./MemberRoleCell";

export const MembersTable = ({ members }: { members: Row<Member>[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  // Only those who manage members have actions; for the rest the column would stand empty.
  const withActions = canManageMembers(useCurrentWorkspace().role);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t("members.title")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("members.name")}</Table.Th>
            <Table.Th>{t("members.email")}</Table.Th>
            <Table.Th>{t("members.role")}</Table.Th>
            <Table.Th>{t("members.joinedAt")}</Table.Th>
            {withActions && <Table.Th ta="right">{t("members.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.uid} data-testid={`member-${member.email}`}>
              {/* Names and addresses never break mid-word: on a phone the table scrolls instead. */}
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Text size="sm" fw={500}>
                  {member.displayName}
                  {member.uid === user.uid && (
                    <Text span c="dimmed" size="sm">
                      {" "}
                      ({t("members.you")})
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{member.email}</Table.Td>
              <Table.Td>
                <MemberRoleCell member={member} />
              </Table.Td>
              <Table.Td c="dimmed">{formatDate(member.joinedAt, locale)}</Table.Td>
              {withActions && (
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
