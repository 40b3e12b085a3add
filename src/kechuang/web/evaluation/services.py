"""Writes of the evaluation app: start a run (checked before it is queued), execute it in the background job with
progress, store every result in one transaction (nothing half-written), publish the ranking."""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kechuang.errors import KechuangError
from kechuang.evaluation.framework import Framework, builtin_frameworks, load_framework
from kechuang.evaluation.report import write_xlsx
from kechuang.web.accounts.models import Region
from kechuang.web.evaluation.compute import compute_run, framework_check, panel_until
from kechuang.web.evaluation.models import Result, Run
from kechuang.web.evaluation.selectors import scope_data

log = logging.getLogger("kechuang.web.evaluation")
MAX_REPLICATIONS = 20000
MAX_FRAMEWORK_BYTES = 512 * 1024
DEMO_NOTE = "本评价所用指标数据为合成的示例数据(示例数据),不是任何地区的真实统计"


@dataclass
class RunInput:
    framework: str = ""  # a built-in's name; ignored when a file is uploaded
    year: int | None = None
    replications: int = 1000
    allow_missing: bool = False
    upload_name: str = ""
    upload: bytes | None = None


def framework_read(name: str, upload_name: str = "", upload: bytes | None = None) -> tuple[Framework, str]:
    """The framework to run and its YAML text (empty for a built-in). An uploaded file is checked with the core's
    schema: an unknown key, a wrong value or a cycle is a ``KechuangError`` naming the file and the key."""
    if upload is None:
        if name not in builtin_frameworks():
            raise KechuangError("KC-WEB-FIELD", f"请选择评价框架(内置:{'、'.join(sorted(builtin_frameworks()))}),"
                                "或上传 YAML 框架文件", field="framework")
        return load_framework(name), ""
    return framework_from_text(upload_name, upload), upload.decode("utf-8")


def framework_from_text(name: str, data: bytes) -> Framework:
    name = Path(name or "framework.yaml").name
    if not name.lower().endswith((".yaml", ".yml")):
        raise KechuangError("KC-WEB-FIELD", f"框架文件“{name}”应为 .yaml 或 .yml 文件", field="framework_file",
                            file=name)
    if len(data) > MAX_FRAMEWORK_BYTES:
        raise KechuangError("KC-WEB-FIELD", f"框架文件“{name}”过大(最多 512 KB)", field="framework_file", file=name)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise KechuangError("KC-FRAMEWORK-YAML", f"框架文件“{name}”不是 UTF-8 编码的文本", file=name) from None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            return load_framework(path)
        except KechuangError as exc:
            exc.context["file"] = name  # the user's file name, not the temporary path
            raise


def run_start(user, scope: Region, data: RunInput) -> Run:
    """Check what can be checked at once (framework, year with data, indicators the data lacks), then create the
    run and queue it. Nothing is written when a check fails."""
    run = run_create(user, scope, data)
    _enqueue(run)
    return run


def run_create(user, scope: Region, data: RunInput) -> Run:
    """The checked run, not yet queued (the demo runs it at once with ``run_execute``)."""
    fw, text = framework_read(data.framework, data.upload_name, data.upload)
    replications = int(data.replications)
    if not (replications == 0 or 10 <= replications <= MAX_REPLICATIONS):
        raise KechuangError("KC-WEB-FIELD", f"不确定性分析的重复次数应为 0(不做)或 10–{MAX_REPLICATIONS}",
                            field="replications")
    loaded = scope_data(scope, _codes(fw))
    if not loaded.regions:
        raise KechuangError("KC-EVAL-NO-REGIONS", f"{scope.name}下没有县级地区,无法评价", field="year")
    if data.year is None:
        raise KechuangError("KC-WEB-FIELD", "请填写评价年份", field="year")
    framework_check(panel_until(loaded.panel, int(data.year)), fw, data.allow_missing)
    run = Run.objects.create(
        region=scope, framework=data.upload_name or data.framework, framework_text=text, framework_title=fw.title,
        framework_version=fw.version, year=int(data.year), replications=replications,
        allow_missing=data.allow_missing, created_by=user, is_demo=loaded.is_demo, stage="排队等待计算")
    return run


def _codes(fw: Framework) -> list[str]:
    columns = {fw.nodes[c].column or c for c in fw.leaves}
    return sorted(columns | {fw.nodes[c].denominator for c in fw.leaves if fw.nodes[c].denominator})


def _enqueue(run: Run) -> None:
    from kechuang.web.evaluation.tasks import evaluation_job  # registers with huey on import

    evaluation_job(run.pk)


class _Progress:
    """Writes the run's progress at most every half second (the page polls it)."""

    def __init__(self, run_id: int, watch=None) -> None:
        self.run_id, self.last, self.watch = run_id, 0.0, watch

    def __call__(self, share: float, stage: str) -> None:
        if self.watch:
            self.watch(share, stage)
        now = time.monotonic()
        if now - self.last >= 0.5 or share >= 1:
            self.last = now
            Run.objects.filter(pk=self.run_id).update(progress=round(min(share, 1.0), 4), stage=stage[:100])


def run_execute(run_id: int, watch=None) -> None:
    """The job: compute, then write every result at once; a failure keeps its Chinese message, never a traceback.
    ``watch(share, stage)`` also hears every progress step (the benchmark and the tests)."""
    run = Run.objects.select_related("region").filter(pk=run_id).first()
    if run is None or run.status in (Run.DONE, Run.FAILED):
        return
    Run.objects.filter(pk=run.pk).update(status=Run.RUNNING, started_at=timezone.now(), stage="读取指标数据")
    try:
        _compute_and_store(run, watch)
    except KechuangError as exc:
        _fail(run, exc)
    except Exception:
        log.exception("evaluation run %s failed", run.pk)
        _fail(run, KechuangError("KC-EVAL-RUN", "计算评价时出错,未能完成。请稍后重试;如仍失败,请联系管理员"))


def _fail(run: Run, exc: KechuangError) -> None:
    Run.objects.filter(pk=run.pk).update(status=Run.FAILED, error=exc.to_dict(), finished_at=timezone.now(),
                                         stage="失败")


def _compute_and_store(run: Run, watch=None) -> None:
    fw = framework_from_text(run.framework, run.framework_text.encode()) if run.framework_text else \
        load_framework(run.framework)
    loaded = scope_data(run.region, _codes(fw))
    progress = _Progress(run.pk, watch)
    computed = compute_run(loaded.panel, fw, run.year, replications=run.replications, seed=run.seed,
                           allow_missing=run.allow_missing, progress=progress)
    progress(0.99, "保存结果")
    report = _write_report(run, computed, loaded.is_demo)
    depths = fw.depths()
    with transaction.atomic():
        Result.objects.bulk_create([_result(run, loaded.regions[row["unit"]], row) for row in computed.rows])
        Run.objects.filter(pk=run.pk).update(
            status=Run.DONE, progress=1.0, stage="已完成", finished_at=timezone.now(), units=len(computed.rows),
            classes=[str(t["class"]) for t in fw.classify["thresholds"]] if fw.classify else [],
            nodes=[{"code": c, "name": fw.nodes[c].name, "parent": fw.nodes[c].parent, "depth": depths[c]}
                   for c in fw.order],
            leaves=[{"code": c, "name": fw.nodes[c].name, "unit": fw.nodes[c].unit or ""} for c in fw.leaves],
            warnings=computed.warnings, provenance=loaded.provenance, is_demo=loaded.is_demo, report_file=report,
            framework_version=fw.version, framework_title=fw.title)


def _result(run: Run, region: Region, row: dict) -> Result:
    return Result(run=run, region=region, score=row["score"], rank=row["rank"], klass=row["class"],
                  node_scores=row["nodes"], previous_score=row["previous_score"], score_change=row["score_change"],
                  rank_change=row["rank_change"], class_change=row["class_change"] or "", p_class=row["p_class"],
                  rank_p05=row["rank_p05"], rank_p95=row["rank_p95"], median_rank=row["median_rank"],
                  path=row["path"], below=row["below"], note=(row["note"] or "")[:300])


def _write_report(run: Run, computed, is_demo: bool) -> str:
    """The CLI's workbook (kechuang.evaluation.report), with 示例数据 said in its 说明 sheet when the data is."""
    folder = Path(settings.DATA_DIR) / "evaluations"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"run-{run.pk}.xlsx"
    write_xlsx(computed.evaluation, path, run.year, computed.uncertainty)
    if is_demo:
        from openpyxl import load_workbook

        wb = load_workbook(path)
        for ws in wb.worksheets:
            ws.sheet_properties.tabColor = "FFC000"
        wb["说明"].insert_rows(2)
        wb["说明"]["A2"], wb["说明"]["B2"] = "示例数据", DEMO_NOTE
        wb.save(path)
    return str(path)


def run_publish(user, run: Run, publish: bool = True) -> Run:
    """Publish (or withdraw) the run's ranking table: the only cross-county figures a county may see."""
    if run.status != Run.DONE:
        raise KechuangError("KC-WEB-CONFLICT", "评价尚未完成,不能公布排名", field="publish")
    with transaction.atomic():
        Run.objects.filter(pk=run.pk).update(published_at=timezone.now() if publish else None)
    run.refresh_from_db()
    return run
