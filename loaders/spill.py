"""Documents extracted by a load, kept on disk until they are written: a load's memory does not grow with
the corpus (issue 10). A work read from several files is still one document: `works()` gives them back one
work at a time, merged exactly as `pipeline.merge_works` merges a list in memory, in the order the works were
first read.

The file holds pickles this process wrote itself and is deleted on `close()`."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator

from dkg.errors import DirectiveKgError
from loaders.records import Document


class DocumentSpill:
    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="dkg-load-")
        self._where: dict[str, list[tuple[int, int]]] = {}  # work key → (offset, length) of each reading

    def add(self, docs: Iterable[Document]) -> None:
        try:
            self._file.seek(0, 2)
            for doc in docs:
                data = pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)
                at = self._file.tell()
                self._file.write(data)
                self._where.setdefault(doc.key, []).append((at, len(data)))
        except OSError as e:  # a full disk: the load stops before writing anything, and says where
            raise DirectiveKgError(f"cannot keep the extracted documents in a temporary file under "
                                   f"{tempfile.gettempdir()} (set TMPDIR to a folder with room): {e}") from e

    def works(self, merge: Callable[[list[Document]], list[Document]]) -> Iterator[Document]:
        """Each work once, its readings merged by `merge` (which folds a list of documents into one per work)."""
        for spans in self._where.values():
            readings = []
            for offset, length in spans:
                self._file.seek(offset)
                readings.append(pickle.loads(self._file.read(length)))
            yield from merge(readings)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> DocumentSpill:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
