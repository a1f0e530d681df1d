import { useLayoutEffect, type RefObject } from "react";

// Keeps `--board-top` on the element: its distance from the top of the page, so CSS can size it
// to end at the bottom of the window (`calc(100dvh - var(--board-top))`) whatever stands above it
// (a project's header card, filters that wrap on a narrow screen). Measured again when the window
// or anything on the page changes size.
export const useFillsViewport = (ref: RefObject<HTMLElement | null>) => {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const top = `${Math.round(element.getBoundingClientRect().top + window.scrollY)}px`;
      if (element.style.getPropertyValue("--board-top") !== top)
        element.style.setProperty("--board-top", top);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [ref]);
};
