import { describe, expect, it } from "vitest";
import { pushMessage, pushMessageSchema } from "./pushMessage";

describe("pushMessage", () => {
  it("carries title, body and link as data only, so the service worker shows it once", () => {
    const message = pushMessage(
      "token-1",
      { title: "Görev yaklaşıyor", body: "“Tasarım onayı” 1 saat içinde teslim" },
      "/w/ws/projects/p1?task=t1",
    );
    expect(message).toEqual({
      token: "token-1",
      data: {
        title: "Görev yaklaşıyor",
        body: "“Tasarım onayı” 1 saat içinde teslim",
        link: "/w/ws/projects/p1?task=t1",
      },
      webpush: { headers: { Urgency: "high" } },
    });
    expect(pushMessageSchema.strict().parse(message)).toEqual(message);
    expect(message).not.toHaveProperty("notification");
  });
});
