"""Fixed Chinese wording shared by every rendering of the FAQ."""

from __future__ import annotations

TITLE = "高技能人才与专业技术人才职业发展贯通政策常见问题"

DISCLAIMER = (
    "本问答只解读所列文件的原文，不代替任何机构的决定。能否申报、何时申报，"
    "最终以职称评审委员会、职业技能评价机构和当地人社部门的认定为准。"
)


def introduction(documents: tuple[str, ...]) -> str:
    return (
        f"依据文件：{'、'.join(documents)}。每个回答都引用文件原文并注明出处；"
        "涉及“能不能申报、什么时候能申报”的回答，都已用贯通助手的规则引擎按示例情形逐一核对。"
    )


CHECKS_HEADING = "规则引擎核对示例"
CLAUSES_HEADING = "引用的政策原文"
TOC_HEADING = "目录"
CITED_BY = "引用本条的问题"
