"""warta: Indonesian news into structured facts, from Python.

    import warta
    doc = warta.annotate("JAKARTA, KOMPAS.com - Menteri ...", published="2023-10-20")
    doc["quotes"], doc["entities"], doc["events"]

    pipeline = warta.Pipeline()               # loaded once, shared by threads
    docs = pipeline.annotate_batch(texts)      # the GIL released while it works

    with warta.Archive("news.db") as archive:  # or "postgresql://..."
        archive.ingest(records, pipeline)
        pandas.DataFrame(archive.quotes(speaker="Retno Marsudi"))

The engine is the C++ library (include/warta/); this package converts at
the boundary only. Documents follow the schema "warta.document/1"
(docs/schema.md); failures raise warta.Error and its subclasses.
"""

import os as _os

# An installed package carries the trained models (setup.py); the engine
# reads them from $WARTA_MODELS, which a user may set to others. From the
# build tree the engine finds the source tree's models/ by itself.
_bundled_models = _os.path.join(_os.path.dirname(__file__), "models")
if _os.path.isdir(_bundled_models):
    _os.environ.setdefault("WARTA_MODELS", _bundled_models)

from ._warta import (  # noqa: E402
    DOCUMENT_SCHEMA,
    STORE_SCHEMA_VERSION,
    Archive,
    DataLossError,
    Document,
    Error,
    InternalError,
    InvalidArgumentError,
    NotFoundError,
    Pipeline,
    UnavailableError,
    __version__,
    annotate,
)

__all__ = [
    "DOCUMENT_SCHEMA",
    "STORE_SCHEMA_VERSION",
    "Archive",
    "DataLossError",
    "Document",
    "Error",
    "InternalError",
    "InvalidArgumentError",
    "NotFoundError",
    "Pipeline",
    "UnavailableError",
    "__version__",
    "annotate",
]
