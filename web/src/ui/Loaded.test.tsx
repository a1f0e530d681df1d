import { MantineProvider } from "@mantine/core";
import i18next from "i18next";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it, vi } from "vitest";
import en from "@/i18n/en.json";
import type { SubscriptionState } from "@/lib/useSubscription";
import { Loaded } from "./Loaded";

const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: "en",
  interpolation: { escapeValue: false },
});

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider withCssVariables={false} withGlobalClasses={false}>
        {node}
      </MantineProvider>
    </I18nextProvider>,
  );

const content = (name: string) => <p data-testid="content">{name}</p>;

describe("Loaded", () => {
  it("shows the loading spinner, not the content, while loading", () => {
    const children = vi.fn(content);
    const html = render(<Loaded state={{ status: "loading" }}>{children}</Loaded>);
    expect(html).toContain('role="status"');
    expect(html).toContain(`aria-label="${en.app.loading}"`);
    expect(children).not.toHaveBeenCalled();
  });

  it("shows what the caller asks for while loading", () => {
    const html = render(
      <Loaded state={{ status: "loading" }} loading={null}>
        {content}
      </Loaded>,
    );
    expect(html).toBe("");
  });

  it("shows the subscription's error as an alert", () => {
    const state: SubscriptionState<string> = {
      status: "error",
      error: Object.assign(new Error("denied"), { code: "permission-denied" }),
    };
    const html = render(<Loaded state={state}>{content}</Loaded>);
    expect(html).toContain('role="alert"');
    expect(html).toContain(en.errors.loadFailed);
    expect(html).toContain(en.errors.permissionDenied);
    expect(html).not.toContain("content");
  });

  it("says a missing document was not found", () => {
    const state: SubscriptionState<string | null> = { status: "ready", data: null };
    const html = render(
      <Loaded state={state} notFound={en.deals.notFound}>
        {content}
      </Loaded>,
    );
    expect(html).toContain(en.deals.notFound);
    expect(html).not.toContain("content");
  });

  it("renders the content with the loaded data", () => {
    const state: SubscriptionState<string | null> = { status: "ready", data: "Acme" };
    const html = render(
      <Loaded state={state} notFound={en.deals.notFound}>
        {content}
      </Loaded>,
    );
    expect(html).toBe('<p data-testid="content">Acme</p>');
  });
});
