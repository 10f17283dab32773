"""Read YAML and JSON documents into plain data, keeping a way to find the line of any path."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from core.doc_paths import DocPath, LineFinder, format_path
from core.errors import FileError, Problem, ValidationError
from core.json_lines import JsonLines

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no contract or workspace comes close."""

MAX_YAML_CHARS = 1_000_000
"""Longest YAML text read (about 1 MB, over 30 times the largest bundled contract): YAML
is built node by node in Python, so this bounds a contract's load to about a second."""

MAX_VALUES = 1_000_000
"""Most values a YAML document may hold once its aliases are expanded (stops alias bombs)."""

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"

# The YAML 1.2 core schema: only these plain scalars are booleans, numbers or null; every
# other one is text (``yes``, ``on``, ``1:30``, ``0b101``, ``1_000``, dates). PyYAML's own
# YAML 1.1 rules read ``yes`` as true and ``1:30`` as 90.
_CORE_SCHEMA = (
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    (
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+.0123456789",
    ),
    (_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ("~", "n", "N", "")),
    ("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), "<"),  # merge keys, as before
)


def _resolvers() -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    table: dict[Any, list[tuple[str, re.Pattern[str]]]] = {}
    for tag, regexp, firsts in _CORE_SCHEMA:
        for first in firsts:
            table.setdefault(first, []).append((tag, regexp))
    return table


def _construct_bool(loader: yaml.SafeLoader, node: yaml.Node) -> bool:
    return str(loader.construct_scalar(node)).lower() == "true"  # type: ignore[arg-type]


def _construct_int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    text = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16)
    return int(text, 10)


def _construct_float(loader: yaml.SafeLoader, node: yaml.Node) -> float:
    text = str(loader.construct_scalar(node)).lower()  # type: ignore[arg-type]
    if text.lstrip("+-") == ".inf":
        return float("-inf") if text.startswith("-") else float("inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def _core_schema(loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]) -> None:
    """Give `loader` the YAML 1.2 core schema's scalars (its own copies of the tables)."""
    loader.yaml_implicit_resolvers = _resolvers()
    loader.yaml_constructors = dict(loader.yaml_constructors)
    loader.add_constructor(_BOOL, _construct_bool)
    loader.add_constructor(_INT, _construct_int)
    loader.add_constructor(_FLOAT, _construct_float)


class _Loader(yaml.SafeLoader):
    """SafeLoader reading YAML 1.2 scalars; dates stay text, so pydantic reports bad dates.

    Plain `yaml.safe_load` turns ``2025-13-01`` into a crash (``ValueError``) and
    ``2025-01-01 10:00`` into a datetime; pydantic parses ISO date text itself.
    """


_core_schema(_Loader)

_FastLoader: type[Any] | None = None
if hasattr(yaml, "CSafeLoader"):  # libyaml's parser: about 15 times faster

    class _CLoader(yaml.CSafeLoader):
        """`_Loader` on libyaml's parser; its errors are reported by re-reading with `_Loader`."""

    _core_schema(_CLoader)
    _FastLoader = _CLoader


def read_text(path: Path) -> str:
    """Return the text of a UTF-8 file of at most `MAX_FILE_BYTES`.

    Raises
    ------
    FileError
        When the file is missing, unreadable, a folder or too large.
    ValidationError
        When the bytes are not UTF-8 text (the problem gives the line).
    """
    try:
        raw = _read_regular_file(path)
    except FileNotFoundError:
        raise FileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FileError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise FileError(f"{path}: permission denied") from None
    except OSError as exc:
        raise FileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise FileError(f"{path}: the file is larger than {limit} MB, the most Dealscope reads")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        found = f"bytes that are not UTF-8 text (from byte {exc.start:,})"  # never echoed
        raise ValidationError([Problem(str(path), "", found, "UTF-8 text", line)]) from None


def _read_regular_file(path: Path) -> bytes:
    """Read at most `MAX_FILE_BYTES` + 1 bytes of `path`, refusing anything but a plain file.

    The file is opened without blocking, so a FIFO or a device is refused at once rather
    than waited on.
    """
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # POSIX only; Windows has no FIFOs to wait on
    flags = os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            raise FileError(f"{path}: {_kind(mode)}, not a regular file (only files are read)")
        if nonblocking:
            os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(descriptor)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def parse_yaml(text: str, file: str) -> tuple[Any, LineFinder]:
    """Parse one YAML document with safe types only; dates stay text.

    Returns
    -------
    data : Any
        The document; None when it is empty.
    line_of : LineFinder
        Finds the line of the value at a path; a mapping entry's line is its key's.

    Raises
    ------
    ValidationError
        On a syntax error, a duplicated key, a recursive or oversized alias expansion, or a
        value YAML cannot build (the problem gives the line where the parser knows it).
    """
    if len(text) > MAX_YAML_CHARS:
        found = f"{len(text):,} characters of YAML"
        allowed = f"at most {MAX_YAML_CHARS:,} characters (about 1 MB)"
        raise ValidationError([Problem(file, "", found, allowed, 1)])
    try:
        return _load_yaml(text, file)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(file, exc) from None
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else None
        found = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ValidationError([Problem(file, "", found, "valid YAML", line)]) from None
    except RecursionError:
        raise _too_deep(file) from None
    except (ValueError, TypeError, OverflowError) as exc:
        found = f"a value YAML cannot read ({exc})"
        raise ValidationError([Problem(file, "", found, "valid YAML values")]) from None


def _load_yaml(text: str, file: str) -> tuple[Any, LineFinder]:
    if _FastLoader is not None:
        try:
            return _load_with(_FastLoader, text, file)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError):
            pass  # read again below, so that every message and line is the one _Loader gives
    return _load_with(_Loader, text, file)


def _load_with(loader_class: type[Any], text: str, file: str) -> tuple[Any, LineFinder]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, lambda path: None
        _check_nodes(node, file)
        return loader.construct_document(node), lambda path: _yaml_line(node, path)
    finally:
        loader.dispose()


def parse_json(text: str, file: str) -> tuple[Any, LineFinder]:
    """Parse a JSON document; finding lines by path scans the text only when first asked.

    Raises
    ------
    ValidationError
        On a syntax error (with its line), a duplicated key, or nesting too deep to read.
    """
    duplicated = False

    def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicated
        result = dict(pairs)
        duplicated = duplicated or len(result) < len(pairs)
        return result

    try:
        data = json.loads(text, object_pairs_hook=pairs_to_dict)
    except json.JSONDecodeError as exc:
        found = f"a JSON syntax error ({exc.msg})"
        raise ValidationError([Problem(file, "", found, "valid JSON", exc.lineno)]) from None
    except RecursionError:
        raise _too_deep(file) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        found = f"a value JSON cannot read ({exc})"
        raise ValidationError([Problem(file, "", found, "valid JSON values")]) from None
    lines = JsonLines(text)
    if duplicated:
        raise ValidationError(
            [
                Problem(file, format_path(path), f"key {path[-1]!r} again", "each key once", line)
                for path, line in lines.duplicates()
            ]
        )
    return data, lines


def _syntax_error(file: str, exc: yaml.MarkedYAMLError) -> ValidationError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else None
    problem = exc.problem or str(exc).splitlines()[0]
    detail = f"{exc.context}: {problem}" if exc.context else problem
    found = f"a YAML syntax error ({detail})"
    return ValidationError([Problem(file, "", found, "valid YAML", line)])


def _too_deep(file: str) -> ValidationError:
    return ValidationError([Problem(file, "", "values nested too deeply", "less nesting")])


def _check_nodes(root: yaml.Node, file: str) -> None:
    """Refuse recursive aliases, alias bombs and duplicated keys before building the data.

    Scalars are leaves of size 1 and are never pushed on the stack: most nodes are scalars,
    so a large document is checked in one quick pass over its collections.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    problems: list[Problem] = []
    stack: list[tuple[yaml.Node, bool]] = (
        [] if isinstance(root, yaml.ScalarNode) else [(root, False)]
    )
    while stack:
        node, children_done = stack.pop()
        children = _children(node)
        if children_done:
            open_nodes.discard(id(node))
            size = 1 + sum(sizes.get(id(child), 1) for child in children)  # absent: a scalar
            sizes[id(node)] = size
            if size > MAX_VALUES:
                found = f"more than {MAX_VALUES:,} values once aliases are expanded"
                raise ValidationError([Problem(file, "", found, "a smaller document")])
            continue
        if id(node) in sizes:
            continue
        collections = [c for c in children if not isinstance(c, yaml.ScalarNode)]
        if id(node) in open_nodes or any(id(child) in open_nodes for child in collections):
            line = node.start_mark.line + 1
            raise ValidationError([Problem(file, "", "an alias inside itself", "no cycles", line)])
        open_nodes.add(id(node))
        problems += _duplicate_keys(node, file)
        stack.append((node, True))
        stack.extend((child, False) for child in collections if id(child) not in sizes)
    if problems:
        raise ValidationError(problems)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _duplicate_keys(node: yaml.Node, file: str) -> list[Problem]:
    if not isinstance(node, yaml.MappingNode):
        return []
    seen: set[tuple[str, str]] = set()
    problems: list[Problem] = []
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.value == "<<":
            continue
        if (key.tag, key.value) in seen:
            found = f"key {key.value!r} again in the same mapping"
            problems.append(Problem(file, "", found, "each key once", key.start_mark.line + 1))
        seen.add((key.tag, key.value))
    return problems


def _yaml_line(root: yaml.Node, path: DocPath) -> int:
    node, line = root, root.start_mark.line + 1
    for part in path:
        step = _yaml_child(node, part)
        if step is None:
            break
        node, line = step
    return line


def _yaml_child(node: yaml.Node, part: str | int) -> tuple[yaml.Node, int] | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in reversed(node.value):  # the last of duplicated keys is the one kept
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return value, key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part >= 0:
        child = node.value[part] if part < len(node.value) else None
        if child is not None:
            return child, child.start_mark.line + 1
    return None
