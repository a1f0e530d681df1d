import { Anchor, Badge, Table, Text } from "@mantine/core";
import {
  createColumnHelper,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { compareTurkish, formatDate, formatMoney, type Deal, type Stage } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { SortableTableHead } from "@/ui/SortableTableHead";
import { TableBodyRow } from "@/ui/TableBodyRow";
import wideList from "@/ui/wideList.module.css";

type DealsTableProps = {
  deals: Row<Deal>[];
  stages: Stage[];
  customerName: (customerId: string) => string;
  ownerName: (uid: string) => string;
  dealHref: (dealId: string) => string;
  customerHref: (customerId: string) => string;
};

const column = createColumnHelper<Row<Deal>>();
const byText = (left: string, right: string) => compareTurkish(left, right);

// The same deals as the board, as a table sortable by any column (Turkish alphabet for text).
export const DealsTable = ({
  deals,
  stages,
  customerName,
  ownerName,
  dealHref,
  customerHref,
}: DealsTableProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  // Newest first, as a list of deals is read for what came in lately.
  const [sorting, setSorting] = useState<SortingState>([{ id: "createdAt", desc: true }]);
  const stageIndex = (id: string) => stages.findIndex((stage) => stage.id === id);
  const stageName = (id: string) => stages.find((stage) => stage.id === id)?.name ?? "—";

  const columns = useMemo(
    () => [
      column.accessor("title", {
        header: t("deals.title"),
        sortingFn: (a, b) => byText(a.original.title, b.original.title),
        cell: (info) => (
          <Anchor component={Link} to={dealHref(info.row.original.id)} fw={600}>
            {info.getValue()}
          </Anchor>
        ),
      }),
      column.accessor((deal) => customerName(deal.customerId), {
        id: "customer",
        header: t("deals.customer"),
        sortingFn: (a, b) =>
          byText(customerName(a.original.customerId), customerName(b.original.customerId)),
        cell: (info) => (
          <Anchor component={Link} to={customerHref(info.row.original.customerId)}>
            {info.getValue() || "…"}
          </Anchor>
        ),
      }),
      column.accessor("stage", {
        header: t("deals.stage"),
        sortingFn: (a, b) => stageIndex(a.original.stage) - stageIndex(b.original.stage),
        cell: (info) => (
          <Badge variant="light" maw="none" styles={{ label: { overflow: "visible" } }}>
            {stageName(info.getValue())}
          </Badge>
        ),
      }),
      column.accessor("value", {
        header: t("deals.value"),
        cell: (info) => (
          <span className={wideList.oneLine}>
            {formatMoney(info.getValue(), info.row.original.currency, locale)}
          </span>
        ),
      }),
      column.accessor((deal) => ownerName(deal.ownerId), {
        id: "owner",
        header: t("deals.owner"),
        sortingFn: (a, b) => byText(ownerName(a.original.ownerId), ownerName(b.original.ownerId)),
      }),
      column.accessor((deal) => deal.expectedCloseAt?.getTime() ?? null, {
        id: "expectedClose",
        header: t("deals.expectedClose"),
        sortUndefined: "last",
        cell: (info) => {
          const date = info.row.original.expectedCloseAt;
          return date ? (
            <span className={wideList.oneLine}>{formatDate(date, locale)}</span>
          ) : (
            <Text c="dimmed">—</Text>
          );
        },
      }),
      column.accessor((deal) => deal.createdAt.getTime(), {
        id: "createdAt",
        header: t("deals.createdAt"),
        cell: (info) => (
          <span className={wideList.oneLine}>
            {formatDate(info.row.original.createdAt, locale)}
          </span>
        ),
      }),
    ],
    // Labels and lookups change with the language and the live data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, locale, customerName, ownerName, stages],
  );

  // TanStack Table hands back functions the React Compiler cannot memoize; nothing here is compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: deals,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (deal) => deal.id,
  });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        className={wideList.table}
        verticalSpacing="sm"
        highlightOnHover
        aria-label={t("pipeline.listLabel")}
      >
        <SortableTableHead table={table} />
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <TableBodyRow key={row.id} row={row} cells={row.getVisibleCells()} highlightOnHover />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
