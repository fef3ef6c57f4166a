import { type RefObject, useLayoutEffect } from 'react';

const SMALLEST = 0.35;
const STEP = 0.92;

/**
 * Shrinks the element's type (the CSS variable --fit, a factor) until its content fits its box
 * without scrolling, and grows it back when there is room again: a screen has no scrollbar, and
 * however many rooms and long titles a camp has, all of it stays readable on one screen.
 */
export function useFitToBox(ref: RefObject<HTMLElement | null>, content: string): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    // What the type was fitted to, readable in the DOM when a screen looks wrong.
    element.dataset.fittedTo = content;
    const fit = () => {
      let factor = 1;
      element.style.setProperty('--fit', String(factor));
      while (
        factor > SMALLEST &&
        (element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1)
      ) {
        factor *= STEP;
        element.style.setProperty('--fit', factor.toFixed(3));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref, content]);
}
