from django.apps import AppConfig

#: the words the history shows for this app's fields (kechuang.web.history.selectors.FIELD_NAMES)
FIELD_NAMES = {"tr_title": "名称", "problem": "需求描述", "fields": "技术领域", "tr_deadline": "截止日期",
               "maturity": "技术成熟度",
               "contact": "联系人及电话", "holder": "成果持有方", "holder_kind": "持有方类型", "summary": "成果简介",
               "ip": "知识产权", "modes": "转化方式", "price": "参考价格(万元)", "demand": "技术需求",
               "partner_kind": "对接对象类型", "partner": "对接对象", "held_on": "对接日期", "form": "对接形式",
               "outcome": "对接结果", "note": "备注", "contract_no": "技术合同编号",
               "contract_amount": "合同金额(万元)", "signed_on": "签订日期", "registered": "已认定登记",
               "budget": "预算(万元)", "enterprise": "企业", "status": "状态"}


class TransferConfig(AppConfig):
    name = "kechuang.web.transfer"
    label = "transfer"
    verbose_name = "需求库与成果库"

    def ready(self) -> None:
        """Teach the history app this app's kinds and fields (without editing its modules); register the index
        store's sources."""
        from kechuang.web.history import selectors as history
        from kechuang.web.history.services import kinds_register
        from kechuang.web.transfer import records  # noqa: F401  (registers the two sources of the index store)
        from kechuang.web.transfer.selectors import KINDS

        kinds_register(KINDS)
        for key, name in FIELD_NAMES.items():
            history.FIELD_NAMES.setdefault(key, name)
        history._ORDER.update({k: i for i, k in enumerate(history.FIELD_NAMES)})
