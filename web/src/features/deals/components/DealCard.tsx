import { Anchor } from "@mantine/core";
import { IconClock, IconUser } from "@tabler/icons-react";
import { memo } from "react";
import { Link } from "react-router";
import {
  daysSince,
  formatDays,
  formatMoney,
  formatMoneyBrief,
  type Deal,
  type Locale,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { boardCardClasses as classes } from "@/ui/board";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";

type DealCardProps = {
  deal: Row<Deal>;
  customerName: string;
  ownerName: string;
  href: string;
  now: Date;
  // Given by the board once for all its cards.
  locale: Locale;
  ageLabel: string;
};

// Memoized: a snapshot keeps the row of every unchanged deal, so only the moved card renders again.
export const DealCard = memo(function DealCard({
  deal,
  customerName,
  ownerName,
  href,
  now,
  locale,
  ageLabel,
}: DealCardProps) {
  return (
    <div className={classes.card} data-pending={deal.pending || undefined}>
      <Anchor
        component={Link}
        to={href}
        fw={600}
        size="sm"
        c="var(--mantine-color-text)"
        style={{ overflowWrap: "anywhere" }}
        className={classes.clamped}
        title={deal.title}
        draggable={false}
      >
        {deal.title}
      </Anchor>
      <PendingSyncBadge pending={deal.pending} />
      <span className={`${classes.small} ${classes.dimmed} ${classes.truncate}`}>
        {customerName || "…"}
      </span>
      <span className={classes.amount} title={formatMoney(deal.value, deal.currency, locale)}>
        {formatMoneyBrief(deal.value, deal.currency, locale)}
      </span>
      {/* In the narrow columns a laptop gives six stages the age goes under the owner rather
          than cutting the owner's name short. */}
      <div className={classes.line} data-wrap>
        <span className={classes.group}>
          <IconUser size={14} aria-hidden />
          <span className={`${classes.small} ${classes.truncate}`}>{ownerName}</span>
        </span>
        <span className={classes.group} title={ageLabel}>
          <IconClock size={14} aria-hidden />
          <span className={`${classes.small} ${classes.dimmed} ${classes.nowrap}`}>
            {formatDays(daysSince(deal.createdAt, now), locale)}
          </span>
        </span>
      </div>
    </div>
  );
});
