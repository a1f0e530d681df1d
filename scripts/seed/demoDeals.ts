import type { Currency } from "@pano/domain";

export type DemoDeal = {
  title: string;
  customer: number;
  value: number;
  currency: Currency;
  stage: string;
  closesInDays: number | null;
  lostReason?: string;
};

// customer is the 1-based number of a demo customer; A Şirketi (1) has the scenario's deal in
// "Teklif verildi", ready to be dragged to won.
export const demoDeals: DemoDeal[] = [
  {
    title: "Web Sitesi Yenileme",
    customer: 1,
    value: 150000,
    currency: "TRY",
    stage: "proposal",
    closesInDays: 14,
  },
  {
    title: "Kurumsal Kimlik Tasarımı",
    customer: 2,
    value: 45000,
    currency: "TRY",
    stage: "lead",
    closesInDays: 45,
  },
  {
    title: "Sosyal Medya Yönetimi (12 ay)",
    customer: 3,
    value: 96000,
    currency: "TRY",
    stage: "lead",
    closesInDays: 60,
  },
  {
    title: "E-ticaret Entegrasyonu",
    customer: 4,
    value: 8500,
    currency: "EUR",
    stage: "contacted",
    closesInDays: 30,
  },
  {
    title: "Mobil Uygulama MVP",
    customer: 5,
    value: 320000,
    currency: "TRY",
    stage: "contacted",
    closesInDays: 75,
  },
  {
    title: "SEO Danışmanlığı",
    customer: 6,
    value: 36000,
    currency: "TRY",
    stage: "proposal",
    closesInDays: 10,
  },
  {
    title: "Katalog Çekimi",
    customer: 7,
    value: 27500.5,
    currency: "TRY",
    stage: "proposal",
    closesInDays: 21,
  },
  {
    title: "Bayi Portalı",
    customer: 8,
    value: 12000,
    currency: "USD",
    stage: "negotiation",
    closesInDays: 7,
  },
  {
    title: "Fuar Standı Tasarımı",
    customer: 9,
    value: 68000,
    currency: "TRY",
    stage: "negotiation",
    closesInDays: 5,
  },
  {
    title: "Yıllık Bakım Sözleşmesi",
    customer: 10,
    value: 54000,
    currency: "TRY",
    stage: "won",
    closesInDays: null,
  },
  {
    title: "Logo Yenileme",
    customer: 11,
    value: 18000,
    currency: "TRY",
    stage: "won",
    closesInDays: null,
  },
  {
    title: "Reklam Kampanyası",
    customer: 12,
    value: 75000,
    currency: "TRY",
    stage: "lost",
    closesInDays: null,
    lostReason: "Bütçe bu yıla yetmedi.",
  },
  {
    title: "İç İletişim Platformu",
    customer: 13,
    value: 4000,
    currency: "GBP",
    stage: "lost",
    closesInDays: null,
    lostReason: "Rakip firmayı seçtiler.",
  },
  {
    title: "Video Prodüksiyon",
    customer: 14,
    value: 42000,
    currency: "TRY",
    stage: "lead",
    closesInDays: 90,
  },
];
