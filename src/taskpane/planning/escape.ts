import type { KeyboardEvent } from 'react';

/**
 * A keydown handler that closes a form on Escape — unless the key was meant for a control
 * inside it (an open dropdown closes its list first, and marks the event handled or its
 * trigger expanded).
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    close();
  };
}
