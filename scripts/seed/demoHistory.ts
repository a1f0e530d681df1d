import type { Currency, InteractionType } from "@pano/domain";

// A year of Demo Ajans's past work, so the Reports page has a history worth reading. Each month
// closes a few deals; the pattern below varies counts, owners, currencies and reasons by month.

export const historyMonths = 12;

export const historyDealTitles = [
  "Web Sitesi Bakımı",
  "Sosyal Medya Kampanyası",
  "Broşür Tasarımı",
  "Ürün Fotoğrafları",
  "Kurumsal Video",
  "Arama Motoru Reklamları",
  "Bülten Tasarımı",
  "Ambalaj Tasarımı",
];

// Won (true) or lost (false) deals closed in a month, for months 0 (this one) to 11.
export const closedPattern: boolean[][] = [
  [true, false],
  [true, true, false],
  [true, false, false, true],
  [true, true, true],
  [false, true, false],
  [true, true, false, true, true],
  [true, false],
  [true, true, false, false],
  [true, true, true, false],
  [false, true],
  [true, false, true],
  [true, true, false],
];

export const historyValues: { value: number; currency: Currency }[] = [
  { value: 48000, currency: "TRY" },
  { value: 22500.5, currency: "TRY" },
  { value: 3500, currency: "EUR" },
  { value: 86000, currency: "TRY" },
  { value: 2400, currency: "USD" },
  { value: 15750, currency: "TRY" },
  { value: 64000, currency: "TRY" },
];

export const lostReasons = [
  "Bütçe yetmedi.",
  "Rakip firmayı seçtiler.",
  "Proje ertelendi.",
  "Bütçe yetmedi.",
  "Yanıt vermediler.",
  "Rakip firmayı seçtiler.",
  "Çok pahalı buldular.",
];

export const historyInteractions: { type: InteractionType; subject: string }[] = [
  { type: "call", subject: "Haftalık durum görüşmesi" },
  { type: "email", subject: "Teklif güncellendi" },
  { type: "meeting", subject: "Proje toplantısı" },
  { type: "note", subject: "Müşteri geri bildirimi" },
  { type: "email", subject: "Fatura bilgileri" },
  { type: "call", subject: "Yeni ihtiyaçlar" },
];

export const historyTasks = [
  "Teklif hazırla",
  "Sözleşmeyi gönder",
  "Tasarım taslağını paylaş",
  "Toplantı notlarını gönder",
  "Revizyonları tamamla",
];
