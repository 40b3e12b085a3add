"""Send the messages for tasks whose deadline is near (run daily, e.g. from cron or the job queue)."""

from django.core.management.base import BaseCommand

from kechuang.web.clock import today
from kechuang.web.supervision.reminders import deadline_notices


class Command(BaseCommand):
    help = "给临近完成时限的任务的承担单位发消息(每个时限只发一次)"

    def handle(self, *args, **options):
        sent = deadline_notices(today())
        self.stdout.write(f"已发送 {sent} 条临近时限提醒")
