import { dealDoc, projectDoc } from "@pano/testing/documents";

// The scenario the won-deal tests share: A Şirketi's website deal, and the project made by hand
// for A Şirketi before the deal was won (or already another deal's).
export const websiteCustomerId = "a-sirketi";

export const websiteDeal = (ownerId: string, stage: string) =>
  dealDoc({
    title: "Web Sitesi Yenileme",
    customerId: websiteCustomerId,
    value: 150000,
    ownerId,
    stage,
  });

export const handProject = (ownerId: string, dealId: string | null = null) =>
  projectDoc({ name: "Web Sitesi Yenileme", customerId: websiteCustomerId, ownerId, dealId });
