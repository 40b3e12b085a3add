"""fix49 (review 34, B1 and B2): two rules of session 31 were quadratic on a long line; both must stay linear.

- ``targets.years.years``: yr47's goals period (N年目标) asked, per match, whether any duration of the sentence held it,
  scanning every duration (`三年内三年目标` × 16000: 31 s where the start took 0.23 s).
- ``metadata.addressed.addressed_place``: meta47's city from an addressee line compiled a pattern and re-read the page
  head per zone named (`各苏州经开区、苏州经开区…,市各委办局:` × 16000: 21.8 s where the start took 0.13 s)."""

from __future__ import annotations

from kechuang.extract.lines import split_lines
from kechuang.extract.metadata.addressed import addressed_place
from kechuang.extract.targets.years import years
from tests.timing import assert_linear


def test_goals_periods_among_durations_are_linear():
    assert_linear(lambda text: years(text, 0, 0, 2023), lambda n: "三年内三年目标" * (200 * n))


def test_the_goals_period_inside_a_duration_is_still_that_durations():
    assert [m.year for m in years("未来五年主要目标任务", 0, 0, 2022)] == [2026]


def test_an_addressee_of_many_zones_is_read_in_linear_time():
    def make(n: int):
        return split_lines("关于印发…的通知\n各" + "、".join(["苏州经开区"] * (200 * n)) + ",市各委办局:\n")
    assert_linear(addressed_place, make)
