"""Plan extraction: a plan document becomes a structured plan (``kechuang.plan/1``)."""

from kechuang.extract.model import Plan
from kechuang.extract.pipeline import extract_plan, extract_text

__all__ = ["Plan", "extract_plan", "extract_text"]
