"""Read YAML and JSON documents into plain data, keeping a way to find the line of any path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from core.errors import FileError, Problem, ValidationError
from core.json_lines import JsonLines
from core.problems import DocPath, LineFinder, format_path

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no contract or workspace comes close."""

MAX_VALUES = 1_000_000
"""Most values a YAML document may hold once its aliases are expanded (stops alias bombs)."""

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so pydantic reports bad dates like any other value.

    Plain `yaml.safe_load` turns ``2025-13-01`` into a crash (``ValueError``) and
    ``2025-01-01 10:00`` into a datetime; pydantic parses ISO date text itself.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
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
        found = f"bytes that are not UTF-8 text ({raw[exc.start : exc.start + 4]!r})"
        raise ValidationError([Problem(str(path), "", found, "UTF-8 text", line)]) from None


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
    loader = _Loader(text)
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
    """Refuse recursive aliases, alias bombs and duplicated keys before building the data."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    problems: list[Problem] = []
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        children = _children(node)
        if children_done:
            open_nodes.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[id(node)] > MAX_VALUES:
                found = f"more than {MAX_VALUES:,} values once aliases are expanded"
                raise ValidationError([Problem(file, "", found, "a smaller document")])
            continue
        if id(node) in sizes:
            continue
        if id(node) in open_nodes or any(id(child) in open_nodes for child in children):
            line = node.start_mark.line + 1
            raise ValidationError([Problem(file, "", "an alias inside itself", "no cycles", line)])
        open_nodes.add(id(node))
        problems += _duplicate_keys(node, file)
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)
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
