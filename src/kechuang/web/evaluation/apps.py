from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    name = "kechuang.web.evaluation"
    label = "evaluation"
    verbose_name = "综合评价"
