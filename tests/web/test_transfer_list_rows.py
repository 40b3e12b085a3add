"""The achievement list's rows are written in Python from plain values (``list_rows``), not by the template's loop
over model instances: that loop (a ``reverse`` and five display lookups a row) was the ~2 ms of server CPU the list
cost over the demand list (docs/benchmarks.md). The template the rows had is kept here as the spec: the same
bytes for every kind of row (demo, no maturity, no price, HTML typed in the text, unknown codes, several modes)."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from kechuang.web.transfer import list_rows, selectors
from kechuang.web.transfer.models import Achievement
from kechuang.web.transfer.services import AchievementInput, achievement_create

pytestmark = pytest.mark.django_db

SPEC = Template("""{% load voucher_money %}{% for a in page %}<tr><td><a href="{% url 'kc-transfer-achievement' a.pk %}">{{ a.title }}</a>{% if a.is_demo %} <small class="demo">示例数据</small>{% endif %}</td>
<td>{{ a.holder }}({{ a.get_holder_kind_display }})</td><td>{{ a.fields|join:"、" }}</td><td>{{ a.maturity|default:"" }}</td><td>{{ a.mode_names }}</td><td>{{ a.price|wan }}</td><td>{{ a.get_status_display }}</td></tr>
{% empty %}<tr><td colspan="7">没有符合条件的科技成果。</td></tr>{% endfor %}""")


def test_the_rows_are_the_template_s_rows(users, county):
    bureau = users["bureau"]
    made = [achievement_create(bureau, county, AchievementInput(
        title='<script>alert("x")</script>菌渣 & 基质', holder="河北农业大学<b>", holder_kind="university",
        summary="以菌渣制备基质。", fields="农业、资源<综合>利用", maturity="7", price="30.5",
        modes=["license", "joint"])),
        achievement_create(bureau, county, AchievementInput(
            title="玄武岩纤维", holder="某研究所", holder_kind="institute", summary="拉丝。", fields="",
            maturity="", price="", modes=[]), is_demo=True),
        achievement_create(bureau, county, AchievementInput(
            title="苹果园防控", holder="张三", holder_kind="person", summary="绿色防控。", fields="农业",
            maturity="9", price="1200", modes=["equity"]))]
    Achievement.objects.filter(pk=made[1].pk).update(holder_kind="other", modes=["unknown", "assign"])
    Achievement.objects.filter(pk=made[2].pk).update(status=Achievement.WITHDRAWN)  # a new one starts 可转化
    instances = list(Achievement.objects.order_by("-id"))
    values = list(selectors.achievement_values(Achievement.objects.order_by("-id")))
    assert str(list_rows.achievement_rows(values)) == SPEC.render(Context({"page": instances}))
    assert str(list_rows.achievement_rows([])) == SPEC.render(Context({"page": []}))


def test_the_list_page_shows_the_rows(client, users, county):
    achievement_create(users["bureau"], county, AchievementInput(
        title="食用菌菌渣制备育苗基质技术", holder="河北农业大学", holder_kind="university", summary="菌渣。",
        fields="农业", maturity="7", price="30", modes=["license"]))
    client.force_login(users["bureau"])
    body = client.get("/transfer/achievements/").content.decode()
    row = list_rows.achievement_rows(list(selectors.achievement_values(Achievement.objects.all())))
    assert str(row) in body and "(高校)</td><td>农业</td><td>7</td><td>许可</td><td>30</td><td>可转化</td>" in body


def test_a_score_prints_as_floatformat_prints_it():
    """``page_blocks.fixed`` stands for Django's ``floatformat`` in the explained hits (it was a tenth of a demand
    page's CPU): the same text for ties, negatives that round to zero, integers, large and tiny values."""
    import random

    from django.template.defaultfilters import floatformat

    from kechuang.web.transfer.page_blocks import fixed

    rng = random.Random(11)
    values = [0, 1, -1, 0.125, 2.675, 1.005, 0.0005, -0.001, -0.004, 1e-7, 12345.6789, 3.14159, 0.9995, 7.0]
    values += [rng.uniform(-5, 50) for _ in range(2000)] + [round(rng.uniform(0, 10), 3) for _ in range(2000)]
    for value in values:
        for places in (2, 3):
            assert fixed(value, places) == str(floatformat(value, places)), (value, places)
