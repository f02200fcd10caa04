import { useLayoutEffect } from 'react';
import { useMatches } from 'react-router';

interface AreaHandle {
  area: string;
}

export function areaHandle(area: string): AreaHandle {
  return { area };
}

function isAreaHandle(handle: unknown): handle is AreaHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as AreaHandle).area === 'string';
}

/**
 * Marks the shown page's area on <body>, where each area's style sheet is scoped. <body> rather
 * than <main>: dialogs and pop-up lists render outside <main> but belong to the page that opened them.
 */
export function usePageArea() {
  const area = useAreaOfPage();

  useLayoutEffect(() => {
    if (area) document.body.dataset.area = area;
    else delete document.body.dataset.area;
  }, [area]);
}

/** The area of the page shown: learn, quiz, certificates… */
export function useAreaOfPage(): string | undefined {
  return useMatches()
    .map(({ handle }) => handle)
    .filter(isAreaHandle)
    .at(-1)?.area;
}
