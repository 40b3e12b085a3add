"""kechuang (科创): county and city S&T innovation plans, end to end."""

from kechuang import compiled as _compiled

__version__ = "0.1.0"

# The extractor's hottest modules from their Cython builds while those match the sources (kechuang/compiled.py).
_compiled.install()
