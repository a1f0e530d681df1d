import { describe, expect, it } from "vitest";
import type { SubscriptionState } from "@/lib/useSubscription";
import type { CustomerSummaries } from "../data/customerLookups";
import { customerNameLookup } from "./customerNameLookup";

const answer = (confirmed: boolean, stale?: boolean): SubscriptionState<CustomerSummaries> => ({
  status: "ready",
  data: { customers: [{ id: "c1", name: "Işık Tekstil", company: "" }], confirmed },
  ...(stale === undefined ? {} : { stale }),
});

describe("customerNameLookup", () => {
  it("names nobody while loading", () => {
    expect(customerNameLookup({ status: "loading" }, "Silinmiş müşteri")("c1")).toBe("");
  });

  it("says deleted only once the server confirmed these very ids", () => {
    expect(customerNameLookup(answer(false), "Silinmiş müşteri")("c2")).toBe("");
    const confirmed = customerNameLookup(answer(true), "Silinmiş müşteri");
    expect(confirmed("c1")).toBe("Işık Tekstil");
    expect(confirmed("c2")).toBe("Silinmiş müşteri");
  });

  it("keeps known names from a stale answer without calling a new customer deleted", () => {
    const stale = customerNameLookup(answer(true, true), "Silinmiş müşteri");
    expect(stale("c1")).toBe("Işık Tekstil");
    expect(stale("c2")).toBe("");
  });
});
