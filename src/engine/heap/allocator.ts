/**
 * Simulated addresses, as CPython's allocators hand them out, so that `id()` and `is`
 * behave like CPython's: a freed block is reused by the next allocation of the same size
 * class, most recently freed first.
 *
 * Small requests (<= 512 bytes) follow pymalloc (Objects/obmalloc.c): 16-byte size classes,
 * 16 KiB pools carved from 1 MiB arenas (the layout since 3.10), each pool with a LIFO list
 * of freed blocks, and the pool that last freed a block used first. Larger requests follow
 * glibc malloc closely enough: per-size LIFO reuse, otherwise a bump pointer.
 *
 * Objects store their address in a compact form, a "code" (see `encodeAddress`): realistic
 * addresses such as 0x7f3a5c000010 do not fit V8's small integers (Smis), so as plain
 * numbers they would be boxed in a heap number at every store, call and return. The
 * allocator works on codes throughout; the address itself is computed only where a program
 * can see it (id(), reprs, hashes, traces).
 */

const ALIGNMENT = 16;
const SMALL_REQUEST_THRESHOLD = 512;
const POOL_SIZE = 16 * 1024;
const ARENA_SIZE = 1024 * 1024;
/** struct pool_header, rounded to the alignment: blocks start after it. */
const POOL_OVERHEAD = 48;

// -- Compact addresses. Every address is a multiple of 16; three 16-byte-granular windows
// cover where the simulation puts objects, each mapped to its own range of codes:
//   codes 1 .. 2^40-1            the mmap'ed arenas (and the start-up objects below them)
//   codes -1 .. -2^30            the brk heap (large blocks)
//   codes -2^30-1 .. -2^31+1     the interpreter binary's static objects
// Code 0 is address 0 (no address yet). Codes below 2^31 in magnitude are Smis; arenas
// would need 30 GB of pools to go past. An address outside the windows (a brk heap past
// 16 GB) is kept as it is: it is above 2^40, so it cannot be mistaken for a code.
const ARENA_WINDOW = 0x7f3a00000000;
const HEAP_WINDOW = 0x55d000000000;
const STATIC_WINDOW = 0x55f100000000;
const RAW = 2 ** 40;
const HALF_CODES = 2 ** 30;

/** The stored form of an address (see above). */
export function encodeAddress(address: number): number {
  if (address === 0) return 0;
  let unit = (address - ARENA_WINDOW) / ALIGNMENT;
  if (unit > 0 && unit < RAW && Number.isInteger(unit)) return asSmi(unit);
  unit = (address - HEAP_WINDOW) / ALIGNMENT;
  if (unit >= 0 && unit < HALF_CODES && Number.isInteger(unit)) return asSmi(-1 - unit);
  unit = (address - STATIC_WINDOW) / ALIGNMENT;
  if (unit >= 0 && unit < HALF_CODES - 1 && Number.isInteger(unit)) return asSmi(-HALF_CODES - 1 - unit);
  return address;
}

/** The same integer, as a Smi when it fits (a division's result is a boxed double). */
function asSmi(n: number): number {
  return n >= -(2 ** 31) && n < 2 ** 31 ? n | 0 : n;
}

/** The address an object's stored `addr` stands for: what id() returns. */
export function addressOf(code: number): number {
  if (code > 0) return code < RAW ? ARENA_WINDOW + code * ALIGNMENT : code;
  if (code === 0) return 0;
  if (code >= -HALF_CODES) return HEAP_WINDOW + (-1 - code) * ALIGNMENT;
  return STATIC_WINDOW + (-HALF_CODES - 1 - code) * ALIGNMENT;
}

/** Sizes and offsets inside the arenas, in codes (16-byte units). */
const POOL_UNITS = POOL_SIZE / ALIGNMENT;
const POOL_UNITS_SHIFT = 10;
const POOL_OVERHEAD_UNITS = POOL_OVERHEAD / ALIGNMENT;

/** Index of the pool holding the block `offset` codes past the first arena's start. */
function poolIndex(offset: number): number {
  return offset < 2 ** 31 ? offset >> POOL_UNITS_SHIFT : Math.floor(offset / POOL_UNITS);
}

class Pool {
  /** Code of the pool's first byte. */
  readonly base: number;
  readonly sizeClass: number;
  /** Block size in codes. */
  readonly blockUnits: number;
  /** Next never-used offset, in codes. */
  nextOffset: number;
  readonly maxOffset: number;
  /** Codes of freed blocks, most recent last. */
  readonly free: number[] = [];
  constructor(base: number, sizeClass: number) {
    this.base = base;
    this.sizeClass = sizeClass;
    this.blockUnits = sizeClass + 1;
    this.nextOffset = POOL_OVERHEAD_UNITS;
    this.maxOffset = POOL_UNITS - this.blockUnits;
  }
}

export class Allocator {
  /** Blocks handed out and not yet freed (objects alive or parked on a free list). */
  blocksInUse = 0;
  /** Code of the first arena's first byte (pools are carved consecutively from it). */
  private readonly arenaBase: number;
  private arenaNext: number;
  /**
   * Pools with free room per size class, most recently used LAST: the front of CPython's
   * usedpools list is the end of the array, so that moving a pool to the front or dropping
   * the front pool is a push or a pop instead of an O(n) unshift or shift.
   */
  private usedPools: Pool[][] = [];
  /** Pools by index from arenaBase. */
  private poolByIndex: Pool[] = [];
  private largeFree = new Map<number, number[]>();
  /** Address (not code) of the brk heap's next free byte. */
  private largeNext: number;
  /** Block sizes of large blocks by code. */
  private largeSizes = new Map<number, number>();

  constructor(seed = 0) {
    // Realistic user-space addresses: arenas are mmap'ed near the top of the address space,
    // large blocks come from the brk heap.
    this.arenaBase = encodeAddress(0x7f3a5c000000 + seed * ARENA_SIZE * 64);
    this.arenaNext = this.arenaBase;
    this.largeNext = 0x55d0e8a00000 + seed * 0x100000;
    for (let i = 0; i < SMALL_REQUEST_THRESHOLD / ALIGNMENT; i++) this.usedPools.push([]);
  }

  /** Returns the code (see encodeAddress) of a new block of at least `size` bytes. */
  alloc(size: number): number {
    this.blocksInUse++;
    if (size > SMALL_REQUEST_THRESHOLD) return this.allocLarge(size);
    const sizeClass = size <= 0 ? 0 : (size - 1) >> 4;
    const pools = this.usedPools[sizeClass]!;
    const pool = pools.length > 0 ? pools[pools.length - 1]! : this.newPool(sizeClass, pools);
    const free = pool.free;
    if (free.length > 0) {
      const code = free.pop()!;
      if (free.length === 0 && pool.nextOffset > pool.maxOffset) pools.pop(); // pool is full
      return code;
    }
    const code = pool.base + pool.nextOffset;
    pool.nextOffset += pool.blockUnits;
    if (pool.nextOffset > pool.maxOffset) pools.pop(); // pool is full
    return code;
  }

  free(code: number): void {
    this.blocksInUse--;
    const offset = code - this.arenaBase;
    const pool = offset >= 0 && code < RAW ? this.poolByIndex[poolIndex(offset)] : undefined;
    if (pool === undefined) {
      this.freeLarge(code);
      return;
    }
    const free = pool.free;
    // A full pool that frees a block goes to the front.
    if (free.length === 0 && pool.nextOffset > pool.maxOffset) this.usedPools[pool.sizeClass]!.push(pool);
    free.push(code);
  }

  private newPool(sizeClass: number, pools: Pool[]): Pool {
    const base = this.arenaNext;
    this.arenaNext += POOL_UNITS;
    const pool = new Pool(base, sizeClass);
    this.poolByIndex[poolIndex(base - this.arenaBase)] = pool;
    pools.push(pool);
    return pool;
  }

  private allocLarge(size: number): number {
    const rounded = Math.ceil((size + 8) / ALIGNMENT) * ALIGNMENT;
    const list = this.largeFree.get(rounded);
    if (list !== undefined && list.length > 0) return list.pop()!;
    const code = encodeAddress(this.largeNext + 16);
    this.largeNext += rounded;
    this.largeSizes.set(code, rounded);
    return code;
  }

  private freeLarge(code: number): void {
    const size = this.largeSizes.get(code);
    if (size === undefined) return; // static objects are never freed
    let list = this.largeFree.get(size);
    if (list === undefined) {
      list = [];
      this.largeFree.set(size, list);
    }
    list.push(code);
  }
}
