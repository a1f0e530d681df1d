import { formatMoney, type CurrencyAmount } from "@pano/domain";
import { useLocale } from "@/lib/i18n";

// Amounts in several currencies side by side, never added together.
export const useMoneyText = () => {
  const locale = useLocale();
  return (amounts: CurrencyAmount[]) =>
    amounts.length === 0
      ? "—"
      : amounts.map(({ currency, amount }) => formatMoney(amount, currency, locale)).join(" · ");
};
