'use client';
import { useEffect, type RefObject } from 'react';

/**
 * Keeps Recharts' layers out of the Tab order. They are React portals, and React listens for focus
 * events on a portal's container; Chromium makes an SVG element with focus listeners focusable, so
 * each layer was a nameless Tab stop inside the chart.
 */
export function useLayersUnfocusable(host: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const box = host.current;
    if (!box) return;
    const quiet = () => box.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])').forEach((layer) => layer.setAttribute('tabindex', '-1'));
    quiet();
    const added = new MutationObserver(quiet);
    added.observe(box, { childList: true, subtree: true });
    return () => added.disconnect();
  }, [host]);
}
