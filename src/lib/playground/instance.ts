/**
 * A number for each playground rendered, so element ids inside two playgrounds of one page
 * never collide, even when both show the same snippet. It only needs to be unique within a
 * page: the island receives it as a prop, so server and browser agree on it.
 */
let rendered = 0;

export function nextPlaygroundInstance(): number {
  rendered = (rendered + 1) % 1_000_000;
  return rendered;
}
