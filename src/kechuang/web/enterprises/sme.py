"""The 科技型中小企业 self-evaluation form: prefilled from the enterprise's figures, scored by the core
(``sme_evaluate``), stored as ``SmeEvaluation`` with the inputs as filled and the core's result."""

from __future__ import annotations

from dataclasses import replace

from django.db import transaction

from kechuang.errors import KechuangError
from kechuang.web.clock import today
from kechuang.web.enterprises.core import YearFacts, facts_of, sme_evaluate
from kechuang.web.enterprises.feeds import sme_feed
from kechuang.web.enterprises.figures import FIGURE_FIELDS, figures_checked, year_checked
from kechuang.web.enterprises.models import Enterprise, SmeEvaluation
from kechuang.web.history.services import change_record

#: The figures the form asks (those the 科小 rules read).
SME_FIGURES = ("employees", "tech_staff", "sales_revenue", "rd_expense", "cost_total", "total_assets")
#: Yes/no judgements of the form (the enterprise declares them; the bureau checks them).
SME_JUDGEMENTS = {
    "sme_resident": "在中国境内(不包括港、澳、台地区)注册的居民企业",
    "sme_eligible_industry": "企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类",
    "sme_no_violation": "企业在填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为,"
                        "且未列入经营异常名录和严重违法失信企业名单",
}
#: Direct confirmation reasons (国科发政〔2017〕115号 第八条).
SME_DIRECT = {"": "无", "hitech_certificate": "拥有有效期内高新技术企业资格证书",
              "national_award": "近五年内获得过国家级科技奖励,并在获奖单位中排在前三名",
              "provincial_rd_centre": "拥有经认定的省部级以上研发机构",
              "led_standard": "近五年内主导制定过国际标准、国家标准或行业标准"}


def sme_initial(enterprise: Enterprise, year: int) -> dict:
    """The form's values: the enterprise's figures of ``year`` (blank where none)."""
    row = enterprise.years.filter(year=year).first()
    values = {k: ("" if row is None or getattr(row, k) is None else f"{getattr(row, k):g}") for k in SME_FIGURES}
    return {"year": year, **values, "sme_direct": ""}


def sme_submit(actor, enterprise: Enterprise, raw: dict) -> SmeEvaluation:
    year = year_checked(raw.get("year", ""))
    figures = {k: v for k, v in figures_checked({k: raw.get(k) for k in SME_FIGURES}, year).items()
               if k in SME_FIGURES}
    missing = [FIGURE_FIELDS[k][0] for k in SME_FIGURES if figures[k] is None and k != "cost_total"]
    if missing:
        raise KechuangError("KC-WEB-FIELD", f"请填写 {year} 年度的:{'、'.join(missing)}", field="year")
    direct = raw.get("sme_direct", "") or ""
    if direct not in SME_DIRECT:
        raise KechuangError("KC-WEB-FIELD", "直接确认条件无效", field="sme_direct")
    judgements = {k: raw.get(k) == "yes" for k in SME_JUDGEMENTS}
    if direct:
        judgements["sme_direct"] = direct
    facts = facts_of(enterprise)
    years = [y for y in facts.years if y.year != year] + [YearFacts(year=year, **figures)]
    facts = replace(facts, years=sorted(years, key=lambda y: y.year), judgements=judgements)
    result = sme_evaluate(facts, year)
    inputs = {"year": year, **figures, **judgements}
    with transaction.atomic():
        evaluation = SmeEvaluation.objects.create(enterprise=enterprise, year=year, inputs=inputs,
                                                  score=result.score, result=result.to_dict(), submitted_by=actor)
        change_record(actor, "ent-sme", enterprise.pk, "submit",
                      after={"评价年度": year, "得分": result.score,
                             "结论": "符合" if result.eligible else ("不符合" if result.eligible is False else "待定")})
    sme_feed(actor, enterprise.region, [year], today())
    return evaluation
