"""Fixtures of the projects-library tests: a few earlier projects of 灵寿县 (and one of 金塔县), one of them the
original of a planted near-duplicate. ``library_target`` builds the objects test_views needs."""

from __future__ import annotations

import pytest

from tests.web.conftest import make_user

ORIGINAL = {"title": "设施蔬菜水肥一体化智能控制系统研发与示范",
            "summary": "研制基于土壤墒情监测的水肥一体化智能控制系统,在设施蔬菜基地示范应用,节水节肥30%以上。",
            "applicant": "灵寿县绿源农业科技有限公司", "year": "2023", "department_name": "灵寿县科学技术局",
            "category": "重点研发计划", "fields": "现代农业、智能装备", "budget": "30万元"}
NEAR = {**ORIGINAL, "title": "设施蔬菜水肥一体化智能控制系统的研发与示范", "year": "2025",
        "summary": "研制基于土壤墒情监测的水肥一体化智能控制系统,在设施蔬菜基地示范应用,节水节肥三成以上。"}
OTHERS = [
    {"title": "小麦玉米周年高产栽培技术集成", "summary": "集成小麦玉米周年高产栽培关键技术。",
     "applicant": "灵寿县农业技术推广中心", "applicant_kind": "其他", "year": "2022"},
    {"title": "石墨烯改性沥青路面材料制备工艺", "summary": "研究石墨烯分散工艺及改性沥青性能。",
     "applicant": "灵寿县乙材料有限公司", "year": "2024"},
    {"title": "中药材黄芩规范化种植基地建设", "summary": "建设黄芩规范化种植基地,制定种植技术规程。",
     "applicant": "灵寿县甲科技有限公司", "year": "2024"},
]


def build_projects(bureau, county, other_bureau=None, other_county=None) -> dict:
    from kechuang.web.libraries.services import project_create

    made = {"original": project_create(bureau, county, ORIGINAL).project}
    for n, values in enumerate(OTHERS):
        made[f"other{n}"] = project_create(bureau, county, values).project
    if other_bureau is not None:
        made["far"] = project_create(other_bureau, other_county, {
            "title": "戈壁设施农业节水灌溉技术示范", "applicant": "金塔县远方农业有限公司", "year": "2024"}).project
    return made


@pytest.fixture
def projects(users, county, other_county):
    from kechuang.web.libraries.index_store import forget

    forget()
    return build_projects(users["bureau"], county, users["other_bureau"], other_county)


@pytest.fixture
def own_index_store(settings, tmp_path):
    """The index store empty in memory and saving under this test's data directory (a new process whose
    snapshots no other test's database wrote)."""
    from kechuang.web.libraries.index_store import forget

    settings.DATA_DIR = tmp_path
    forget()
    yield tmp_path
    forget()


__all__ = ["NEAR", "ORIGINAL", "OTHERS", "build_projects", "make_user", "own_index_store", "projects"]


# -- test_views: every page of the library -----------------------------------------------------------------------
NEW_PROJECT = {"title": "灵寿县食用菌菌渣资源化利用技术", "applicant": "灵寿县新登记有限公司", "year": "2025"}
LIBRARY_CASES = [
    ("kc-projects", "get", None, None, {"bureau": 200, "leader": 200, "lead": 200, "ent_user": 200, "admin": 200,
                                        "evaluator": 403, "anon": 302}),
    ("kc-project-new", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403, "anon": 302}),
    ("kc-project-new", "post", None, NEW_PROJECT, {"bureau": 302, "leader": 403, "lead": 403, "ent_user": 403}),
    ("kc-project", "get", "project", None, {"bureau": 200, "leader": 200, "lead": 200, "ent_user": 200,
                                            "other_ent": 404, "other_bureau": 404, "evaluator": 404, "anon": 302}),
    ("kc-project-edit", "get", "project", None, {"bureau": 200, "leader": 403, "ent_user": 403,
                                                 "other_bureau": 404}),
    ("kc-project-edit", "post", "project", {**NEW_PROJECT, "title": "灵寿县食用菌菌渣饲料化利用", "version": "1"},
     {"bureau": 302, "leader": 403, "lead": 403, "other_bureau": 404}),
    ("kc-project-status", "post", "project", {"status": "approved"}, {"bureau": 302, "leader": 403, "ent_user": 403,
                                                                      "other_bureau": 404}),
    ("kc-projects-import", "get", None, None, {"bureau": 200, "leader": 403, "ent_user": 403, "anon": 302}),
    ("kc-projects-import-confirm", "post", None, {"digest": "0" * 64}, {"bureau": 404, "leader": 403,
                                                                         "ent_user": 403}),
    ("kc-projects-template", "get", None, None, {"bureau": 200, "leader": 403, "lead": 403}),
    ("kc-projects-export", "get", None, None, {"bureau": 200, "leader": 200, "ent_user": 200, "evaluator": 403}),
    ("kc-project-batches", "get", None, None, {"bureau": 200, "leader": 200, "lead": 403, "ent_user": 403}),
    ("kc-project-batches", "post", None, {"year": "1999"}, {"bureau": 400, "leader": 403, "lead": 403}),
    ("kc-project-batch", "get", "lib_batch", None, {"bureau": 200, "leader": 200, "lead": 403, "other_bureau": 404}),
    ("kc-project-batch-status", "get", "lib_batch", None, {"bureau": 200, "leader": 200, "other_bureau": 404}),
    ("kc-project-batch-export", "get", "lib_batch", None, {"bureau": 200, "leader": 200, "ent_user": 403,
                                                           "other_bureau": 404}),
    ("kc-project-pair-decide", "post", "lib_pair", {"decision": "dismissed", "reason": "研究对象不同"},
     {"bureau": 302, "leader": 403, "other_bureau": 404}),
    ("kc-library-search", "get", None, None, {"bureau": 200, "ent_user": 200, "lead": 200, "evaluator": 403,
                                              "anon": 302}),
]
LIBRARY_FORMS = ("kc-project-new", "kc-project-edit", "kc-projects-import", "kc-project-batches")
LIBRARY_SOURCES = ("project", "lib_batch", "lib_pair")


def library_target(request, source):
    from kechuang.web.libraries.batch import batch_start
    from kechuang.web.libraries.services import project_create

    users, county = request.getfixturevalue("users"), request.getfixturevalue("county")
    if source == "project":  # the ent_user's enterprise's project (linked by its name)
        return project_create(users["bureau"], county, {"title": "灵寿县甲科技温室大棚物联网监测系统",
                                                        "applicant": "灵寿县甲科技有限公司", "year": "2025"},
                              reason="同一测试项目的另一份").project
    project_create(users["bureau"], county, ORIGINAL, reason="测试")
    project_create(users["bureau"], county, NEAR, reason="测试")
    batch = batch_start(users["bureau"], county, 2025)
    return batch if source == "lib_batch" else batch.pairs.first()
