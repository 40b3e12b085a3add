"""``kechuang manage cleanup_uploads``: unfinished uploads and files no plan or report names (kechuang.web.uploads)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from kechuang.web.uploads import cleanup


class Command(BaseCommand):
    help = "删除未完成的上传(MEDIA_ROOT/tmp)和没有方案、证明材料引用的文件;已提交但未移到位的文件移到位"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只列出将删除的文件,不删除")
        parser.add_argument("--older-than-hours", type=float, default=24,
                            help="只处理早于该小时数的文件(默认 24;正在上传的文件不受影响)")

    def handle(self, *args, dry_run=False, older_than_hours=24, **options):
        if older_than_hours < 0:
            raise CommandError("--older-than-hours 应为不小于 0 的小时数")
        done = cleanup(older_than_hours, dry_run)
        verb = "将删除" if dry_run else "已删除"
        for path in done.temporary + done.orphans:
            self.stdout.write(f"{verb} {path}")
        self.stdout.write(f"{'将移到位' if dry_run else '已移到位'} {len(done.recovered)} 个已提交的文件;"
                          f"{verb} {len(done.temporary)} 个未完成的上传、{len(done.orphans)} 个无引用的文件,"
                          f"共 {done.bytes} 字节")
