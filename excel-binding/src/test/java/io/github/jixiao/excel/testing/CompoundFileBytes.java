package io.github.jixiao.excel.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OLE2 compound file's bytes taken apart as far as a test needs to damage them where it means to
 * (MS-CFB): the sectors of its header's FAT, its directory and its mini FAT, and each stream's
 * chain of blocks — sectors in the FAT, or 64-byte blocks of the mini stream for a stream under the
 * cutoff. Only files of up to 109 FAT sectors (7 MB with 512-byte sectors), as the tests build.
 * Changes are made to the bytes in place.
 */
public final class CompoundFileBytes {
  /** The FAT's mark of the last sector of a chain. */
  public static final int END_OF_CHAIN = -2;

  /** The FAT's mark of a free sector. */
  public static final int FREE = -1;

  private static final int ENTRY = 128;

  private final byte[] bytes;
  private final ByteBuffer buffer;
  private final int sectorSize;
  private final int cutoff;
  private final List<Integer> fat = new ArrayList<>();
  private final List<Integer> directory;
  private final List<Integer> miniFat;
  private final Map<String, Stream> streams = new LinkedHashMap<>();
  private List<Integer> miniStream = List.of();

  /** A stream of the directory: where its chain begins, how long it is, and which FAT holds it. */
  private record Stream(int start, int size, boolean mini) {}

  private CompoundFileBytes(byte[] bytes) {
    this.bytes = bytes;
    this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    this.sectorSize = 1 << buffer.getShort(0x1E);
    this.cutoff = buffer.getInt(0x38);
    int fatSectors = buffer.getInt(0x2C);
    if (fatSectors > 109) {
      throw new IllegalArgumentException("more FAT sectors than the header lists: " + fatSectors);
    }
    for (int i = 0; i < fatSectors; i++) {
      fat.add(buffer.getInt(0x4C + 4 * i));
    }
    this.directory = chain(buffer.getInt(0x30), false);
    this.miniFat = buffer.getInt(0x40) == 0 ? List.of() : chain(buffer.getInt(0x3C), false);
    for (int sector : directory) {
      for (int at = offset(sector); at < offset(sector) + sectorSize; at += ENTRY) {
        int type = bytes[at + 0x42];
        int nameBytes = buffer.getShort(at + 0x40);
        if (type == 5) {
          miniStream = chain(buffer.getInt(at + 0x74), false);
        } else if (type == 2 && nameBytes >= 2) {
          String name = new String(bytes, at, nameBytes - 2, StandardCharsets.UTF_16LE);
          int size = buffer.getInt(at + 0x78);
          streams.putIfAbsent(name, new Stream(buffer.getInt(at + 0x74), size, size < cutoff));
        }
      }
    }
  }

  /**
   * A file's bytes, to damage in place.
   *
   * @param bytes the file; changed by what is done to it here
   */
  public static CompoundFileBytes of(byte[] bytes) {
    return new CompoundFileBytes(bytes);
  }

  /** The file's bytes, as damaged. */
  public byte[] bytes() {
    return bytes;
  }

  /** The size of a sector. */
  public int sectorSize() {
    return sectorSize;
  }

  /** How many sectors follow the header. */
  public int sectors() {
    return bytes.length / sectorSize - 1;
  }

  /** The names of the file's streams, in the directory's order. */
  public List<String> streams() {
    return List.copyOf(streams.keySet());
  }

  /** Whether a stream is held in the mini stream, its chain in the mini FAT. */
  public boolean isMini(String stream) {
    return stream(stream).mini();
  }

  /** The blocks of a stream, in order: sectors, or blocks of the mini stream. */
  public List<Integer> chain(String stream) {
    Stream s = stream(stream);
    return chain(s.start(), s.mini());
  }

  /**
   * Sets where a stream's chain goes after one of its blocks: a block of the file, past its end, or
   * one of {@link #END_OF_CHAIN} and {@link #FREE}.
   *
   * @param stream the stream
   * @param position the block's place in the chain, from 0
   * @param next the index the FAT (or mini FAT) gives as the next block
   */
  public CompoundFileBytes setNext(String stream, int position, int next) {
    Stream s = stream(stream);
    buffer.putInt(entryOffset(chain(s.start(), s.mini()).get(position), s.mini()), next);
    return this;
  }

  /**
   * Where a block of a stream lies in the file: its sector's offset, or its 64 bytes' in the mini
   * stream's sectors.
   *
   * @param stream the stream
   * @param position the block's place in its chain, from 0
   * @return the offset of the block's first byte
   */
  public int blockOffset(String stream, int position) {
    Stream s = stream(stream);
    int block = chain(s.start(), s.mini()).get(position);
    if (!s.mini()) {
      return offset(block);
    }
    int perSector = sectorSize / 64;
    return offset(miniStream.get(block / perSector)) + (block % perSector) * 64;
  }

  /**
   * The size of a stream's blocks: a sector's, or 64 bytes in the mini stream.
   *
   * @param stream the stream
   * @return its blocks' size in bytes
   */
  public int blockSize(String stream) {
    return stream(stream).mini() ? 64 : sectorSize;
  }

  /**
   * The byte offsets of the header and of every sector of the FAT, the directory and the mini FAT.
   */
  public List<Integer> structure() {
    List<Integer> offsets = new ArrayList<>(List.of(0));
    for (List<Integer> sectors : List.of(fat, directory, miniFat)) {
      sectors.forEach(s -> offsets.add(offset(s)));
    }
    return offsets;
  }

  private Stream stream(String name) {
    Stream stream = streams.get(name);
    if (stream == null) {
      throw new IllegalArgumentException("no stream " + name + " in " + streams.keySet());
    }
    return stream;
  }

  private int offset(int sector) {
    return (sector + 1) * sectorSize;
  }

  /** The offset of the FAT's (or mini FAT's) entry of a block. */
  private int entryOffset(int block, boolean mini) {
    int perSector = sectorSize / 4;
    List<Integer> table = mini ? miniFat : fat;
    return offset(table.get(block / perSector)) + (block % perSector) * 4;
  }

  private List<Integer> chain(int start, boolean mini) {
    List<Integer> chain = new ArrayList<>();
    int limit = bytes.length / (mini ? 64 : sectorSize);
    for (int block = start; block >= 0 && chain.size() <= limit; ) {
      chain.add(block);
      block = buffer.getInt(entryOffset(block, mini));
    }
    return chain;
  }
}
