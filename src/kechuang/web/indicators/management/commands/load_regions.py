"""``kechuang manage load_regions [--province 13]``: regions from the vendored GB/T 2260 code list."""

from django.core.management.base import BaseCommand, CommandError

from kechuang.errors import KechuangError
from kechuang.web.indicators.regions import SOURCE, VERSION, regions_load


class Command(BaseCommand):
    help = "从 GB/T 2260 行政区划代码表载入省、地、县三级地区(已有地区按代码保留)"

    def add_arguments(self, parser):
        parser.add_argument("--province", help="只载入一个省(两位省级代码,如 13 为河北省)")

    def handle(self, *args, province=None, **options):
        try:
            created, updated = regions_load(province)
        except KechuangError as exc:
            raise CommandError(exc.message_zh) from exc
        self.stdout.write(f"行政区划代码表 {SOURCE} {VERSION}:新增 {created} 个地区,更新 {updated} 个")
