"""A 特派员's assignment is recorded under its own history kind, "dispatch": it shared "assignment" with the plans'
分工, so a task's 签收 rows read 特派员选派 and a talent's history picked up the 签收 of the task with its id.
The talents' rows are those of "assignment" without a task (the plans' are 签收 rows, each with its task).
Reversible."""

from django.db import migrations


def forward(apps, schema_editor):
    apps.get_model("history", "Change").objects.filter(kind="assignment", task_id=None).update(kind="dispatch")


def backward(apps, schema_editor):
    apps.get_model("history", "Change").objects.filter(kind="dispatch").update(kind="assignment")


class Migration(migrations.Migration):
    dependencies = [("talents", "0002_text_index"), ("history", "0003_change_object_kind_index")]
    operations = [migrations.RunPython(forward, backward)]
