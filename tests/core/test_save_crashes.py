"""SIGKILL during saves: the file is always the old or the new complete workspace."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from core.files import load_workspace, save_workspace
from core.workspace import Scenario, Workspace

KILLS = 20
# Saves A and B in turn for ever, as save_workspace writes them (the JSON is made by the
# test, so the child imports only the saving module and starts in a few milliseconds).
SAVER = """
import sys
from core.saving import write_atomically
target, first, second = sys.argv[1:]
contents = [open(first, "rb").read(), open(second, "rb").read()]
print("ready", flush=True)
turn = 0
while True:
    write_atomically(target, contents[turn % 2], backup=True)
    turn += 1
"""


def big_workspace(label: str) -> Workspace:
    """A workspace of some 300 KB, so that a save takes long enough to be cut in the middle."""
    scenarios = tuple(Scenario(name=f"{label} {i}", notes=f"{label} " * 400) for i in range(100))
    return Workspace(contract="microsoft-openai-2025-01", scenarios=scenarios)


def test_sigkill_at_random_points_of_saves_leaves_the_old_or_the_new_workspace(tmp_path):
    first, second = big_workspace("A"), big_workspace("B")
    save_workspace(first, tmp_path / "a.json")
    save_workspace(second, tmp_path / "b.json")
    complete = {(tmp_path / "a.json").read_bytes(), (tmp_path / "b.json").read_bytes()}
    folder = tmp_path / "saves"
    folder.mkdir()
    target = folder / "ws.json"
    save_workspace(first, target)
    chance = random.Random(17)
    root = Path(__file__).resolve().parents[2]
    for _ in range(KILLS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                SAVER,
                str(target),
                str(tmp_path / "a.json"),
                str(tmp_path / "b.json"),
            ],
            cwd=root,
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(chance.uniform(0.0, 0.03))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert target.read_bytes() in complete
        backup = folder / "ws.json.bak"
        assert not backup.exists() or backup.read_bytes() in complete
    loaded = load_workspace(target).workspace
    assert loaded in (first, second)
    save_workspace(second, target)  # the next save removes what the killed ones left
    assert sorted(p.name for p in folder.iterdir()) == ["ws.json", "ws.json.bak"]
    assert json.loads(target.read_text(encoding="utf-8"))["scenarios"][0]["name"] == "B 0"
