import { Anchor, Badge, Group, Table, Text } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatPhone, type Customer } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";
import { SpacerRow } from "@/ui/virtual/SpacerRow";
import { useWindowRows } from "@/ui/virtual/useWindowRows";
import wideList from "@/ui/wideList.module.css";

type CustomersTableProps = {
  customers: Row<Customer>[];
  ownerName: (uid: string) => string;
  linkTo: (customerId: string) => string;
};

const columnCount = 8;

// Only the rows on and near the screen are rendered; the table still tells assistive technology
// how many rows there are and where each rendered one stands. Memoized so typing in the search
// box above does not render the rows again.
export const CustomersTable = memo(function CustomersTable({
  customers,
  ownerName,
  linkTo,
}: CustomersTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { listRef, rows, spaceBefore, spaceAfter, measureRow } =
    useWindowRows<HTMLTableSectionElement>(
      customers.length,
      55,
      (index) => customers[index]?.id ?? String(index),
    );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        verticalSpacing="sm"
        className={wideList.table}
        highlightOnHover
        aria-label={t("nav.customers")}
        aria-rowcount={customers.length + 1}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>{t("customers.name")}</Table.Th>
            <Table.Th>{t("customers.company")}</Table.Th>
            <Table.Th>{t("customers.title")}</Table.Th>
            <Table.Th>{t("customers.email")}</Table.Th>
            <Table.Th>{t("customers.phone")}</Table.Th>
            <Table.Th>{t("customers.tags")}</Table.Th>
            <Table.Th>{t("customers.owner")}</Table.Th>
            <Table.Th>{t("customers.lastContact")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={listRef}>
          <SpacerRow height={spaceBefore} columns={columnCount} />
          {rows.map(({ index }) => {
            const customer = customers[index];
            return customer ? (
              <Table.Tr
                key={customer.id}
                ref={measureRow}
                data-index={index}
                aria-rowindex={index + 2}
                style={{ opacity: customer.pending ? 0.6 : 1 }}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={linkTo(customer.id)} fw={600}>
                      {customer.name}
                    </Anchor>
                    <PendingSyncBadge pending={customer.pending} />
                  </Group>
                </Table.Td>
                <Table.Td>{customer.company}</Table.Td>
                <Table.Td>{customer.title}</Table.Td>
                <Table.Td>{customer.email}</Table.Td>
                <Table.Td className={wideList.oneLine}>
                  {customer.phone && formatPhone(customer.phone)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {customer.tags.map((tag) => (
                      <Badge key={tag} variant="light" size="sm">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{ownerName(customer.ownerId)}</Table.Td>
                <Table.Td className={wideList.oneLine}>
                  <Text size="sm" c={customer.lastContactAt ? undefined : "dimmed"}>
                    {customer.lastContactAt ? formatDate(customer.lastContactAt, locale) : "—"}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null;
          })}
          <SpacerRow height={spaceAfter} columns={columnCount} />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
