import fs from 'node:fs';

/**
 * What the write-ahead log next to a database holds, read straight from the files before SQLite
 * opens them (SQLite's own recovery would quietly drop what is missing, and rewrite the index
 * that shows it). See https://www.sqlite.org/fileformat2.html#walformat for the layout.
 */
export interface WalReport {
  /** Frames the WAL file has room for. */
  frames: number;
  /** Frames of the current generation whose checksums hold, in a row from the start. */
  validFrames: number;
  /** Of those, the frames up to the last commit: what SQLite will read. */
  committedFrames: number;
  /**
   * Frames the wal-index (`-shm`) says were committed, when it is there and belongs to this WAL;
   * undefined otherwise (a clean shutdown, or no index to compare with).
   */
  indexedFrames?: number;
  /** Frames already copied into the database file (the checkpoint), per the wal-index. */
  backfilledFrames?: number;
  /** Committed frames the index counts but the WAL no longer holds intact: changes that were acknowledged and are gone. */
  lostFrames: number;
  /** Bytes at the end that are not a whole frame (an append cut short). */
  tornBytes: number;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const SHM_HEADER = 48;

/**
 * Reads `<file>-wal` and `<file>-shm`; undefined when there is no WAL or it is empty. Lost
 * frames are found by comparing the index's count of committed frames (`mxFrame`, kept in the
 * shared-memory file, which survives a killed process) with the committed frames the WAL still
 * holds with valid checksums.
 *
 * @example
 * const wal = inspectWal('data/grocery.db');
 * if (wal && wal.lostFrames > 0) logger.fatal(wal, 'the write-ahead log lost committed changes');
 */
export function inspectWal(file: string): WalReport | undefined {
  const wal = readIfThere(`${file}-wal`);
  if (!wal || wal.length < WAL_HEADER) return undefined;
  const magic = wal.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return { frames: 0, validFrames: 0, committedFrames: 0, lostFrames: 0, tornBytes: wal.length };
  const bigEndian = (magic & 1) === 1;
  const pageSize = wal.readUInt32BE(8) === 1 ? 65536 : wal.readUInt32BE(8);
  const salt = [wal.readUInt32BE(16), wal.readUInt32BE(20)] as const;
  const frameSize = FRAME_HEADER + pageSize;
  const frames = Math.floor((wal.length - WAL_HEADER) / frameSize);
  const tornBytes = (wal.length - WAL_HEADER) % frameSize;

  let sum = checksum(wal, 0, 24, [0, 0], bigEndian);
  const headerOk = sum[0] === wal.readUInt32BE(24) && sum[1] === wal.readUInt32BE(28);
  let validFrames = 0;
  let committedFrames = 0;
  for (let i = 0; headerOk && i < frames; i++) {
    const at = WAL_HEADER + i * frameSize;
    if (wal.readUInt32BE(at + 8) !== salt[0] || wal.readUInt32BE(at + 12) !== salt[1]) break;
    sum = checksum(wal, at, 8, sum, bigEndian);
    sum = checksum(wal, at + FRAME_HEADER, pageSize, sum, bigEndian);
    if (sum[0] !== wal.readUInt32BE(at + 16) || sum[1] !== wal.readUInt32BE(at + 20)) break;
    validFrames = i + 1;
    if (wal.readUInt32BE(at + 4) !== 0) committedFrames = i + 1;
  }

  const index = readIndex(`${file}-shm`, salt);
  const lostFrames = index ? Math.max(0, index.mxFrame - Math.max(committedFrames, index.backfilled)) : 0;
  return {
    frames,
    validFrames,
    committedFrames,
    ...(index ? { indexedFrames: index.mxFrame, backfilledFrames: index.backfilled } : {}),
    lostFrames,
    tornBytes,
  };
}

/** The wal-index header, when both copies agree and its salt is this WAL's; in the machine's byte order. */
function readIndex(shmFile: string, salt: readonly [number, number]): { mxFrame: number; backfilled: number } | undefined {
  const shm = readIfThere(shmFile, SHM_HEADER * 2 + 4);
  if (!shm || shm.length < SHM_HEADER * 2 + 4) return undefined;
  if (!shm.subarray(0, SHM_HEADER).equals(shm.subarray(SHM_HEADER, SHM_HEADER * 2))) return undefined;
  const le = isLittleEndianHost();
  const u32 = (at: number) => (le ? shm.readUInt32LE(at) : shm.readUInt32BE(at));
  if (shm[12] !== 1) return undefined;
  // The salts are copied from the WAL header as they are, big-endian.
  if (shm.readUInt32BE(32) !== salt[0] || shm.readUInt32BE(36) !== salt[1]) return undefined;
  return { mxFrame: u32(16), backfilled: u32(SHM_HEADER * 2) };
}

/** SQLite's WAL checksum over `length` bytes (a multiple of 8) from `at`, continuing from `start`. */
function checksum(buf: Buffer, at: number, length: number, start: readonly [number, number], bigEndian: boolean): [number, number] {
  let s0 = start[0];
  let s1 = start[1];
  for (let i = at; i < at + length; i += 8) {
    const x0 = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
    const x1 = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

function readIfThere(file: string, maxBytes?: number): Buffer | undefined {
  try {
    if (maxBytes === undefined) return fs.readFileSync(file);
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(maxBytes);
      const read = fs.readSync(fd, buf, 0, maxBytes, 0);
      return buf.subarray(0, read);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function isLittleEndianHost(): boolean {
  return new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
}
