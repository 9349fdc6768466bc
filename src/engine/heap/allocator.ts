/**
 * Simulated addresses, as CPython's allocators hand them out, so that `id()` and `is`
 * behave like CPython's: a freed block is reused by the next allocation of the same size
 * class, most recently freed first.
 *
 * Small requests (<= 512 bytes) follow pymalloc (Objects/obmalloc.c): 16-byte size classes,
 * 16 KiB pools carved from 1 MiB arenas (the layout since 3.10), each pool with a LIFO list
 * of freed blocks, and the pool that last freed a block used first. Larger requests follow
 * glibc malloc closely enough: per-size LIFO reuse, otherwise a bump pointer.
 */

const ALIGNMENT = 16;
const SMALL_REQUEST_THRESHOLD = 512;
const POOL_SIZE = 16 * 1024;
const ARENA_SIZE = 1024 * 1024;
/** struct pool_header, rounded to the alignment: blocks start after it. */
const POOL_OVERHEAD = 48;

interface Pool {
  base: number;
  sizeClass: number;
  blockSize: number;
  /** Next never-used offset. */
  nextOffset: number;
  maxOffset: number;
  /** Freed blocks, most recent last. */
  free: number[];
  used: number;
}

export class Allocator {
  /** Blocks handed out and not yet freed (objects alive or parked on a free list). */
  blocksInUse = 0;
  private arenaBase: number;
  private arenaNext: number;
  /**
   * Pools with free room per size class, most recently used LAST: the front of CPython's
   * usedpools list is the end of the array, so that moving a pool to the front or dropping
   * the front pool is a push or a pop instead of an O(n) unshift or shift.
   */
  private usedPools: Pool[][] = [];
  /** Pools by index from arenaBase (pools are carved consecutively). */
  private poolByIndex: Pool[] = [];
  private largeFree = new Map<number, number[]>();
  private largeNext: number;
  private largeSizes = new Map<number, number>();

  constructor(seed = 0) {
    // Realistic user-space addresses: arenas are mmap'ed near the top of the address space,
    // large blocks come from the brk heap.
    this.arenaBase = 0x7f3a5c000000 + seed * ARENA_SIZE * 64;
    this.arenaNext = this.arenaBase;
    this.largeNext = 0x55d0e8a00000 + seed * 0x100000;
    for (let i = 0; i < SMALL_REQUEST_THRESHOLD / ALIGNMENT; i++) this.usedPools.push([]);
  }

  /** Returns the address of a new block of at least `size` bytes. */
  alloc(size: number): number {
    this.blocksInUse++;
    if (size <= 0) size = 1;
    if (size > SMALL_REQUEST_THRESHOLD) return this.allocLarge(size);
    const sizeClass = (size - 1) >> 4;
    const pools = this.usedPools[sizeClass]!;
    let pool = pools.length > 0 ? pools[pools.length - 1]! : undefined;
    if (pool === undefined) {
      pool = this.newPool(sizeClass);
      pools.push(pool);
    }
    let addr: number;
    if (pool.free.length > 0) addr = pool.free.pop()!;
    else {
      addr = pool.base + pool.nextOffset;
      pool.nextOffset += pool.blockSize;
    }
    pool.used++;
    if (pool.free.length === 0 && pool.nextOffset > pool.maxOffset) pools.pop(); // pool is full
    return addr;
  }

  free(addr: number): void {
    this.blocksInUse--;
    const offset = addr - this.arenaBase;
    const pool = offset >= 0 ? this.poolByIndex[Math.floor(offset / POOL_SIZE)] : undefined;
    if (pool === undefined) {
      this.freeLarge(addr);
      return;
    }
    const wasFull = pool.free.length === 0 && pool.nextOffset > pool.maxOffset;
    pool.free.push(addr);
    pool.used--;
    const pools = this.usedPools[pool.sizeClass]!;
    if (wasFull) pools.push(pool); // a full pool that frees a block goes to the front
  }

  private newPool(sizeClass: number): Pool {
    const base = this.arenaNext;
    this.arenaNext += POOL_SIZE;
    const blockSize = (sizeClass + 1) * ALIGNMENT;
    const pool: Pool = {
      base,
      sizeClass,
      blockSize,
      nextOffset: POOL_OVERHEAD,
      maxOffset: POOL_SIZE - blockSize,
      free: [],
      used: 0,
    };
    this.poolByIndex[(base - this.arenaBase) / POOL_SIZE] = pool;
    return pool;
  }

  private allocLarge(size: number): number {
    const rounded = Math.ceil((size + 8) / ALIGNMENT) * ALIGNMENT;
    const list = this.largeFree.get(rounded);
    if (list !== undefined && list.length > 0) return list.pop()!;
    const addr = this.largeNext + 16;
    this.largeNext += rounded;
    this.largeSizes.set(addr, rounded);
    return addr;
  }

  private freeLarge(addr: number): void {
    const size = this.largeSizes.get(addr);
    if (size === undefined) return; // static objects are never freed
    let list = this.largeFree.get(size);
    if (list === undefined) {
      list = [];
      this.largeFree.set(size, list);
    }
    list.push(addr);
  }
}
