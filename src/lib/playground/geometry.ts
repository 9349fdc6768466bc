/**
 * Sizes of everything the memory picture draws, in CSS pixels. The layout planner (in the
 * worker) and the renderer (in the page) both read them, so arrows computed from row
 * positions meet the boxes the browser draws without ever measuring the DOM.
 */

export const geometry = {
  /** Padding around the whole picture. */
  margin: 12,
  /** Where frames and objects start: below the "Frames" and "Objects" headings. */
  top: 40,
  frameWidth: 160,
  frameHeader: 34,
  rowHeight: 26,
  framePaddingBottom: 8,
  frameGap: 16,
  objectWidth: 184,
  /** Type line and the line of badges (refcount, generation). */
  objectHeader: 50,
  /** The value line of objects drawn without rows (ints, strings, functions). */
  valueLine: 30,
  objectPaddingBottom: 6,
  /** Room above each box for a two-line state label ("unreachable — waiting for…"). */
  objectGap: 40,
  /** Horizontal gap between columns: room for arrows. */
  columnGap: 60,
  /** Rows drawn per container; the rest is summarised as "… n more". */
  maxRows: 10,
} as const;

/** Left edge of object column `column` (0 is the column next to the frames). */
export function columnX(column: number): number {
  const g = geometry;
  return g.margin + g.frameWidth + g.columnGap + column * (g.objectWidth + g.columnGap);
}

/** Rows drawn for a container with `rowCount` references (including the "… more" row). */
export function drawnRowCount(rowCount: number): number {
  return rowCount > geometry.maxRows ? geometry.maxRows + 1 : rowCount;
}

export function objectHeight(rowCount: number): number {
  const g = geometry;
  const rows = drawnRowCount(rowCount);
  return rows === 0 ? g.objectHeader + g.valueLine : g.objectHeader + rows * g.rowHeight + g.objectPaddingBottom;
}

export function frameHeight(varCount: number): number {
  const g = geometry;
  return g.frameHeader + Math.max(1, varCount) * g.rowHeight + g.framePaddingBottom;
}

/** Vertical centre of row `index` inside a frame box at `top`. */
export function frameRowCenter(top: number, index: number): number {
  return top + geometry.frameHeader + index * geometry.rowHeight + geometry.rowHeight / 2;
}

/** Vertical centre of row `index` inside an object box at `top`. */
export function objectRowCenter(top: number, index: number): number {
  return top + geometry.objectHeader + index * geometry.rowHeight + geometry.rowHeight / 2;
}

/** Where arrows end on an object: the middle of its type line. */
export const arrowTargetOffset = 17;
