"""The file API: load and save contracts and workspaces (see contract_files, loading, saving)."""

from __future__ import annotations

from core.contract_files import (
    bundled_contracts,
    contract_from_text,
    load_contract,
    load_contract_by_id_or_path,
)
from core.loading import LoadedWorkspace, load_workspace, workspace_from_text
from core.saving import save_workspace, write_atomically

__all__ = [
    "LoadedWorkspace",
    "bundled_contracts",
    "contract_from_text",
    "load_contract",
    "load_contract_by_id_or_path",
    "load_workspace",
    "save_workspace",
    "workspace_from_text",
    "write_atomically",
]
