"""Names that code blocks state: installed packages, imported modules, parameters set.

Study notes and labs carry their tools in code ("pip install pandas scikit-learn", "from
sagemaker import get_execution_role", "max_depth=5", "instance_type='ml.m5.xlarge'"). Code is
never read as prose; only these forms are taken from it.
"""

from __future__ import annotations

import keyword
import re
import sys

_INSTALL = re.compile(r"(?:^|[\s!;&])(?:pip3?|conda|mamba)\s+install\s+([^\n;&|#]+)")
_IMPORT = re.compile(r"(?:^|[\s;])(?:from\s+([A-Za-z_][\w.]*)\s+import|import\s+([A-Za-z_][\w.]*))")
# a keyword argument or a dict key, inside a call or a literal: "(max_depth=5", ", 'eta': 0.2"
# (a quoted key is quoted whole: not the text of a string, "print('before:', n)")
_KEYWORD_ARG = re.compile(
    r"[(,{]\s*(?:(['\"])(?P<quoted>[A-Za-z_][A-Za-z0-9_]{2,40})\1|(?P<bare>[A-Za-z_][A-Za-z0-9_]{2,40}))"
    r"\s*(?:=(?!=)|:)\s*(?=[\w'\"\-.\[{])"
)
_INSTANCE = re.compile(r"['\"](ml\.[a-z0-9]+\.[a-z0-9]+)['\"]")  # SageMaker instance types
_PACKAGE = re.compile(r"[A-Za-z][A-Za-z0-9._-]*")
_SKIP = set(keyword.kwlist) | set(sys.stdlib_module_names) | {"self", "cls", "print", "as"}


def code_names(code: str) -> list[tuple[str, str]]:
    """(name, class) of what a code block installs (Tool), imports (Tool), sets as a named
    parameter (Concept) or runs on (an instance type, Concept); in order, each once."""
    found: dict[str, str] = {}
    for m in _INSTALL.finditer(code):
        for word in m.group(1).split():
            if word.startswith("-"):
                continue
            name = re.split(r"[<>=!~\[]", word)[0]
            if name in _SKIP or not _PACKAGE.fullmatch(name):
                break  # the install command ended ("pip install pandas import pandas as pd")
            found.setdefault(name, "Tool")
    for m in _IMPORT.finditer(code):
        top = (m.group(1) or m.group(2)).split(".")[0]
        if top not in _SKIP:
            found.setdefault(top, "Tool")
    # a remark after a line ("num_round=200,  # required") stands between it and the next
    for m in _KEYWORD_ARG.finditer(_TRAILING_COMMENT.sub("", code)):
        name = m.group("quoted") or m.group("bare")
        if name not in _SKIP and not name.isupper():
            found.setdefault(name, "Concept")
    for m in _INSTANCE.finditer(code):
        found.setdefault(m.group(1), "Concept")
    return list(found.items())


_TRAILING_COMMENT = re.compile(r"(?<=\S)[ \t]+(?:#|//)[^\n]*$", re.M)
# "num_round=200,  # required: number of rounds": a setting and what its remark says of it
_SET_AND_REMARK = re.compile(
    r"^\s*['\"]?([A-Za-z_][A-Za-z0-9_]{2,40})['\"]?\s*(?:=(?!=)|:)[^#\n]*?[ \t]+(?:#|//)\s*(.+)$"
)
# a comment that is code switched off ("# estimator.fit(inputs)", "// x = 2")
_COMMENTED_CODE = re.compile(r"^[\w.\[\]'\"]+\s*(?:=|\(|\.\w+\()")


def code_comments(code: str) -> list[tuple[int, str]]:
    """(line offset, text) of the remarks a code block makes in whole-line comments ("# Gromble
    needs num_rows; nothing else is required"), runs of them joined, and after a setting
    ("num_rows=10,  # required, no default" → "num_rows: required, no default"): what the
    author says in prose beside the code. Commented-out code, cell markers and one-word
    remarks are none."""
    out: list[tuple[int, str]] = []
    run: list[str] = []
    start = 0
    lines = code.split("\n")
    for i, line in enumerate([*lines, ""]):
        setting = _SET_AND_REMARK.match(line)
        if setting and len(re.findall(r"[A-Za-z]{2,}", setting.group(2))) >= 2:
            out.append((i, f"{setting.group(1)}: {setting.group(2).strip()}"))
        m = re.match(r"^\s*(?:#(?![!%])|//)\s?(.*)$", line) if i < len(lines) else None
        said = m.group(1).strip(" #/") if m else ""
        if said and not _COMMENTED_CODE.match(said):
            if not run:
                start = i
            run.append(said)
            continue
        text = " ".join(run)
        if len(re.findall(r"[A-Za-z]{2,}", text)) >= 3:
            out.append((start, text))
        run = []
    return out
