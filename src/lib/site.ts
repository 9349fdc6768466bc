/** Facts about the site that more than one page states. */
export const site = {
  name: 'PyHeap',
  title: 'PyHeap: how Python manages memory',
  description:
    'An interactive course on how CPython manages memory: the private heap, reference counting, reference cycles and the generational garbage collector.',
} as const;
