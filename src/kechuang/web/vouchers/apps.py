from django.apps import AppConfig

#: the words the history shows for this app's fields (kechuang.web.history.selectors.FIELD_NAMES)
FIELD_NAMES = {"batch": "批次名称", "budget": "预算(万元)", "share": "补助比例(%)", "cap": "每家企业上限(万元)",
               "opens_on": "申领开始", "closes_on": "申领截止", "valid_days": "券有效天数",
               "reserve_only": "仅限后备培育库", "sizes": "限企业规模", "providers": "服务机构", "enterprise": "企业",
               "provider": "服务机构",
               "service": "服务内容", "amount": "金额(万元)", "code": "券号", "valid_until": "有效期至",
               "voucher": "创新券", "contract_no": "合同编号", "contract_amount": "合同金额(万元)",
               "invoice_no": "发票号码", "invoice_amount": "发票金额(万元)", "covered": "抵扣金额(万元)",
               "settled_on": "兑付日期", "settlement_ref": "兑付凭证号", "uscc": "统一社会信用代码",
               "released_at": "逾期余额收回", "remaining": "余额(万元)"}


class VouchersConfig(AppConfig):
    name = "kechuang.web.vouchers"
    label = "vouchers"
    verbose_name = "创新券"

    def ready(self) -> None:
        """Teach the history app this app's kinds and fields (without editing its modules)."""
        from kechuang.web.history import selectors as history
        from kechuang.web.history.services import kinds_register
        from kechuang.web.vouchers.selectors import KINDS

        kinds_register(KINDS)
        for key, name in FIELD_NAMES.items():
            history.FIELD_NAMES.setdefault(key, name)
        history._ORDER.update({k: i for i, k in enumerate(history.FIELD_NAMES)})
