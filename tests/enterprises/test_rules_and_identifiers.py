"""Rule data loading (dated values, unknown keys refused), identifiers, name keys and head-count definitions."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from kechuang.enterprises import name_key, uscc_check
from kechuang.enterprises.ruledata import RULES_DIR, load_rules, parse_rules
from kechuang.enterprises.staff import annual_average, counts_for_hitech, counts_for_sme
from kechuang.errors import KechuangError


def test_every_packaged_value_cites_a_document_with_its_number_and_address():
    for kind in ("hitech", "sme"):
        rules = load_rules(kind)
        for document in rules.documents.values():
            assert document["number"] and document["address"].startswith("https://www.most.gov.cn/")
        for dated in rules.parameters.values():
            for _, entry in dated:
                assert entry["source"] in rules.documents and entry.get("article")


def test_values_apply_from_their_date():
    rules = load_rules("hitech")
    assert rules.at(dt.date(2015, 12, 31))["tech_staff_share_min"] == 0.30
    assert rules.at(dt.date(2016, 1, 1))["tech_staff_share_min"] == 0.10
    assert rules.at(dt.date(2015, 12, 31)).version == "2008-04-14"
    assert rules.at(dt.date(2008, 4, 13)) is None


def test_an_unknown_key_is_refused_naming_it():
    data = yaml.safe_load((RULES_DIR / "sme.yaml").read_text("utf-8"))
    data["parameters"]["employees_max"]["values"][dt.date(2017, 5, 3)]["valeu"] = 400
    with pytest.raises(KechuangError) as error:
        parse_rules(data, "sme.yaml")
    assert "「valeu」" in error.value.message_zh and error.value.code == "KC-ENT-RULES"
    data = yaml.safe_load((RULES_DIR / "sme.yaml").read_text("utf-8"))
    data["thresholds"] = {}
    with pytest.raises(KechuangError, match="thresholds"):
        parse_rules(data, "sme.yaml")


def test_a_value_must_cite_a_listed_document_and_be_dated():
    data = yaml.safe_load((RULES_DIR / "sme.yaml").read_text("utf-8"))
    data["parameters"]["employees_max"]["values"] = {"2017": {"value": 1, "source": "gkfz2017_115"}}
    with pytest.raises(KechuangError, match="日期"):
        parse_rules(data, "sme.yaml")
    data["parameters"]["employees_max"]["values"] = {dt.date(2017, 1, 1): {"value": 1, "source": "elsewhere"}}
    with pytest.raises(KechuangError, match="elsewhere"):
        parse_rules(data, "sme.yaml")


def test_uscc_valid_spaced_and_lower_case_codes_are_normalised():
    assert uscc_check("91110000600037341L") == ("91110000600037341L", None)
    assert uscc_check(" 9111 0000-6000 3734 1l ") == ("91110000600037341L", None)
    assert uscc_check("９１１１００００６０００３７３４１Ｌ") == ("91110000600037341L", None)  # full width


def test_a_failing_check_digit_is_a_warning_not_a_refusal():
    code, warning = uscc_check("91110000600037341A")
    assert code == "91110000600037341A" and "校验位" in warning


@pytest.mark.parametrize("text", ["123", "", "9111000060003734", "ABCDEFGH600037341L", "91110000600037341Ｉ"])
def test_text_that_is_no_code_is_refused(text):
    with pytest.raises(KechuangError) as error:
        uscc_check(text)
    assert error.value.code == "KC-ENT-USCC" and "统一社会信用代码" in error.value.message_zh


def test_name_keys_match_near_identical_names():
    assert name_key("杭州 星河（科技）有限责任公司") == name_key("杭州星河(科技)有限公司")
    assert name_key("浙江星河股份有限公司") == name_key("浙江星河股份公司")
    assert name_key("ABC 科技有限公司") == name_key("abc科技有限公司")
    assert name_key("杭州星河科技有限公司") != name_key("杭州星海科技有限公司")


def test_183_days_and_6_months():
    assert not counts_for_hitech(182) and counts_for_hitech(183)
    assert counts_for_sme(2, full_time=True) and not counts_for_sme(5.9, False) and counts_for_sme(6, False)


def test_annual_average_is_the_mean_of_monthly_averages():
    starts = [0] * 6 + [10] * 6  # founded in July with 10 people, 12 by year end
    ends = [0] * 5 + [10] * 6 + [12]
    assert annual_average(starts, ends) == pytest.approx((5 + 10 * 5 + 11) / 12)
    with pytest.raises(KechuangError):
        annual_average([1] * 11, [1] * 12)
