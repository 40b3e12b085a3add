"""Template context: the user's role and region, and the header menu built for that role."""

from kechuang.web.accounts.menu import menu_for, nav_html
from kechuang.web.accounts.permissions import profile_of


def role(request) -> dict:
    user = getattr(request, "user", None)
    profile = profile_of(user)
    kc_role = profile.role if profile else None
    sections, account = menu_for(kc_role, request.path) if getattr(user, "is_authenticated", False) else ([], None)
    return {"kc_profile": profile, "kc_role": kc_role, "kc_nav": nav_html(sections, kc_role) if sections else "",
            "kc_account": account}
