"""What an OLE2 compound file (old Word's container, shared by Excel, PowerPoint, Outlook, WPS…) really holds.

A file named .doc may be an Excel workbook or a PowerPoint deck saved under the wrong name, or a Word file with an
open password (an encrypted .docx is such a container too, with ``EncryptionInfo`` and ``EncryptedPackage`` streams;
an encrypted .doc keeps its ``WordDocument`` stream with the encryption flag set in its FIB). The names of the
streams at the top of the container's directory say which, read here in microseconds instead of the seconds the Word
filter takes to refuse the file as damaged.

Only the directory (and the first bytes of a Word stream) is read, as [MS-CFB] lays it out: the header, the sector
allocation table's sectors it names, the directory's chain. Every walk is bounded: the DIFAT chain, the directory's
chain and the directory tree are capped and never revisit a sector or an entry, so a hostile file costs a few
thousand steps at most. Anything out of place answers None (the caller keeps its old reading).
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_DIFAT_SECTORS = 64  # 64 x 127 FAT sectors of 128 entries: far past the 20 MB a file may have
MAX_DIRECTORY_SECTORS = 512  # 2,048 directory entries (512-byte sectors); a plan's .doc has under 20
MAX_ENTRIES = 4096
MAX_MINI_STEPS = 4096
FREE_OR_END = 0xFFFFFFFA  # sector numbers from here up end a chain (MAXREGSECT + 1: DIFSECT, FATSECT, ENDOFCHAIN, FREE)
NO_STREAM = 0xFFFFFFFF
WORD_ENCRYPTED = 0x0100  # FibBase.fEncrypted ([MS-DOC] 2.5.2), in the flags at offset 0x0A of the WordDocument stream
WORD_IDENT = 0xA5EC

ROOT = "\0root"  # the root entry's key among the names: lower case, never a child's upper-cased name
ENCRYPTED = "encrypted"  # a Word file (an OOXML package or a .doc) with an open password
WORD = "word"
# the stream (or storage) at the top of the directory that says another program's file, and the suffix (formats.py's
# row) naming it
OTHER_PROGRAMS = {"Workbook": ".xls", "Book": ".xls", "PowerPoint Document": ".ppt", "VisioDocument": ".vsd",
                  "Quill": ".pub", "__properties_version1.0": ".msg"}


class Container:
    """A compound file's header, allocation table and directory, read as [MS-CFB] lays them out (module note)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            raise ValueError("sector size")
        self.size = 1 << shift
        self.sectors = max(0, (len(data) - self.size) // self.size)
        self.per_sector = self.size // 4
        self.fat_sectors = self._difat()

    def _difat(self) -> list[int]:
        """The FAT's own sectors: 109 named in the header, then the DIFAT chain's (capped)."""
        fat = list(struct.unpack_from("<109I", self.data, 0x4C))
        sector, seen = struct.unpack_from("<I", self.data, 0x44)[0], set()
        while sector < min(self.sectors, FREE_OR_END) and sector not in seen and len(seen) < MAX_DIFAT_SECTORS:
            seen.add(sector)
            entries = struct.unpack_from(f"<{self.per_sector}I", self.data, self.offset(sector))
            fat += entries[:-1]
            sector = entries[-1]
        return fat

    def offset(self, sector: int) -> int:
        return (sector + 1) * self.size

    def next(self, sector: int) -> int:
        index, slot = divmod(sector, self.per_sector)
        if index >= len(self.fat_sectors) or self.fat_sectors[index] >= min(self.sectors, FREE_OR_END):
            return NO_STREAM
        return struct.unpack_from("<I", self.data, self.offset(self.fat_sectors[index]) + 4 * slot)[0]

    def chain(self, start: int, cap: int) -> list[int]:
        """A stream's sectors in order, at most ``cap``; a loop or a sector past the file ends it."""
        out: list[int] = []
        seen: set[int] = set()
        sector = start
        while sector < min(self.sectors, FREE_OR_END) and sector not in seen and len(out) < cap:
            seen.add(sector)
            out.append(sector)
            sector = self.next(sector)
        return out

    def top_entries(self) -> dict[str, tuple[int, int]]:
        """The names at the top of the directory (the root's children), in upper case ([MS-CFB] compares names so: a
        writer may print WORKBOOK), each with its start sector and size; and the root's own (ROOT: the mini
        stream's)."""
        directory = b"".join(self.data[self.offset(s):self.offset(s) + self.size]
                             for s in self.chain(struct.unpack_from("<I", self.data, 0x30)[0], MAX_DIRECTORY_SECTORS))
        count = min(len(directory) // 128, MAX_ENTRIES)
        if count == 0:
            return {}

        def entry(i: int) -> tuple[str, int, int, int, int, int]:
            raw = directory[i * 128:(i + 1) * 128]
            length = min(struct.unpack_from("<H", raw, 0x40)[0], 64)
            name = raw[:max(0, length - 2)].decode("utf-16-le", errors="replace")
            left, right, child = struct.unpack_from("<3I", raw, 0x44)
            start, size = struct.unpack_from("<II", raw, 0x74)
            return name, left, right, child, start, size

        _, _, _, first, root_start, root_size = entry(0)
        found = {ROOT: (root_start, root_size)}
        todo, seen = [first], {0}
        while todo:  # the root's children are one red-black tree of siblings (left, right)
            i = todo.pop()
            if i >= count or i in seen:
                continue
            seen.add(i)
            name, left, right, _, start, size = entry(i)
            found.setdefault(name.upper(), (start, size))
            todo += (left, right)
        return found

    def stream_at(self, start: int, size: int, root: tuple[int, int]) -> int:
        """Where a stream's first byte lies in the file: in its first sector, or in the mini stream (itself a chain
        of sectors from the root entry's) when the stream is small; -1 when out of the file."""
        if size >= struct.unpack_from("<I", self.data, 0x38)[0]:
            return self.offset(start) if start < self.sectors else -1
        position = start * 64
        sectors = self.chain(root[0], min(MAX_MINI_STEPS, position // self.size + 1))
        if len(sectors) <= position // self.size:
            return -1
        return self.offset(sectors[position // self.size]) + position % self.size


def ole_content(data: bytes) -> str | None:
    """What an OLE2 container holds: ``ENCRYPTED`` (a Word file with an open password), ``WORD``, the suffix of
    another program's file (``.xls``, ``.ppt``…: a row of formats.py), or None when its directory cannot be read or
    names nothing known (the caller reads it as Word, as before)."""
    if not data.startswith(MAGIC) or len(data) < 512:
        return None
    try:
        container = Container(data)
        names = container.top_entries()
        if "ENCRYPTEDPACKAGE" in names and "ENCRYPTIONINFO" in names:
            return ENCRYPTED
        if "WORDDOCUMENT" in names:
            at = container.stream_at(*names["WORDDOCUMENT"], names[ROOT])
            fib = data[at:at + 12] if at >= 0 else b""
            if len(fib) >= 12 and struct.unpack_from("<H", fib, 0)[0] == WORD_IDENT:
                return ENCRYPTED if struct.unpack_from("<H", fib, 0x0A)[0] & WORD_ENCRYPTED else WORD
            return WORD
        for name, suffix in OTHER_PROGRAMS.items():
            if name.upper() in names:
                return suffix
        if any(name.startswith("__SUBSTG1.0_") for name in names):
            return ".msg"
    except (struct.error, ValueError, IndexError):
        return None
    return None
