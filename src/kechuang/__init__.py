"""kechuang (科创): county and city S&T innovation plans, end to end."""

__version__ = "0.1.0"
