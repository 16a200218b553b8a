"""What ``pip install`` gets: every third-party import declared, and one top-level package, ``aisoc``.

An import that works only because another dependency happens to pull its package in breaks the
day that dependency stops doing so; a generic top-level name (``ui``, ``analytics``) collides with
any other package of that name. Both are checked here from the source and from a built wheel.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE_DIRS = PYPROJECT["tool"]["setuptools"]["package-dir"]  # aisoc.ingest -> ingest, ...
# The sigma-cli shim is its own small distribution (detections/sigma_cli/pyproject.toml).
SHIM = REPO / "detections" / "sigma_cli"
FIRST_PARTY = {"aisoc", "tests", "bench"}


def _normalised(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(requirements: list[str]) -> set[str]:
    return {_normalised(re.match(r"[A-Za-z0-9._-]+", spec).group()) for spec in requirements}


def _python_files(folder: Path) -> list[Path]:
    return [path for path in sorted(folder.rglob("*.py")) if not path.is_relative_to(SHIM)]


def _top_level_imports(path: Path) -> set[str]:
    """The first part of every absolute import in a file, lazy ones inside functions included."""
    names = set()
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _third_party(folders: list[str]) -> dict[str, list[str]]:
    """Imported module name -> the files importing it, for everything neither stdlib nor ours."""
    found: dict[str, list[str]] = {}
    for folder in folders:
        for path in _python_files(REPO / folder):
            for name in _top_level_imports(path) - FIRST_PARTY - set(sys.stdlib_module_names):
                found.setdefault(name, []).append(str(path.relative_to(REPO)))
    return found


def _undeclared(imports: dict[str, list[str]], declared: set[str]) -> list[str]:
    """One line per import whose distribution is not declared (a name several distributions share,
    like the ``sigma`` namespace, needs any one of them)."""
    providers = importlib.metadata.packages_distributions()
    problems = []
    for name, files in sorted(imports.items()):
        distributions = {_normalised(d) for d in providers.get(name, [])}
        if not distributions:
            problems.append(f"{name} (imported by {files[0]}) is not installed")
        elif not distributions & declared:
            problems.append(f"{name} (imported by {files[0]}) comes from {sorted(distributions)}, none declared")
    return problems


def test_the_code_imports_only_declared_distributions():
    declared = _declared(PYPROJECT["project"]["dependencies"])
    assert _undeclared(_third_party(list(PACKAGE_DIRS.values())), declared) == []


def test_tests_and_benches_import_only_declared_or_test_extra_distributions():
    declared = _declared(PYPROJECT["project"]["dependencies"] + PYPROJECT["project"]["optional-dependencies"]["test"])
    assert _undeclared(_third_party(["tests", "bench"]), declared) == []


def test_the_walk_sees_the_imports_it_checks():
    """A walk that found nothing would pass the two tests above; it must find the known ones,
    lazy imports inside functions too."""
    imports = _third_party(list(PACKAGE_DIRS.values()))
    assert {"polars", "duckdb", "click", "sklearn", "huggingface_hub", "sentence_transformers"} <= set(imports)


# --- one top-level package ------------------------------------------------------------------------


def _package_folders() -> set[str]:
    """``aisoc.<dotted path>`` of every folder with an ``__init__.py`` under the package folders."""
    found = set()
    for name, folder in PACKAGE_DIRS.items():
        for init in (REPO / folder).rglob("__init__.py"):
            if init.is_relative_to(SHIM):
                continue
            parts = init.parent.relative_to(REPO / folder).parts
            found.add(".".join((name, *parts)))
    return found


def test_the_packages_list_is_every_package_folder():
    """A sub-package missing from ``packages = [...]`` works in the editable install and is absent
    from a wheel; one listed without its folder fails the build."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert listed == _package_folders()
    assert all(name.startswith("aisoc.") for name in listed)


def test_the_editable_install_has_one_top_level_name():
    shown = subprocess.run(
        [sys.executable, "-m", "pip", "show", "-f", "aisoc"], capture_output=True, text=True, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    assert "Name: aisoc" in shown.stdout and "Editable project location:" in shown.stdout
    top_level = importlib.metadata.distribution("aisoc").read_text("top_level.txt") or ""
    assert top_level.split() == ["aisoc"]


def _copy_sources(target: Path) -> None:
    """What the build reads, copied so the build's own files (build/, *.egg-info) stay out of the
    working tree that others are using."""
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "sigma_cli")
    for folder in PACKAGE_DIRS.values():
        shutil.copytree(REPO / folder, target / folder, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, target / name)


def _package_data_files() -> set[str]:
    """Every source file a ``[tool.setuptools.package-data]`` pattern names, as its wheel path."""
    expected = set()
    for package, patterns in PYPROJECT["tool"]["setuptools"]["package-data"].items():
        folder = REPO / PACKAGE_DIRS[package] if package in PACKAGE_DIRS else _folder_of(package)
        for path in folder.rglob("*"):
            relative = path.relative_to(folder).as_posix()
            if path.is_file() and "__pycache__" not in relative and _matches(relative, patterns):
                expected.add(f"{package.replace('.', '/')}/{relative}")
    return expected


def _folder_of(package: str) -> Path:
    root = max((name for name in PACKAGE_DIRS if package.startswith(name + ".")), key=len)
    return REPO / PACKAGE_DIRS[root] / package.removeprefix(root + ".").replace(".", "/")


def _matches(relative: str, patterns: list[str]) -> bool:
    # setuptools' ``**`` spans folders; fnmatch's ``*`` already does, so ``**/`` may also be empty
    return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(relative, p.replace("**/", "")) for p in patterns)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    _copy_sources(source)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(out), "."],
        capture_output=True,
        text=True,
        cwd=source,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (path,) = out.glob("aisoc-*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


@pytest.mark.slow
def test_the_wheel_installs_aisoc_and_nothing_else_at_top_level(wheel):
    top = {name.split("/")[0] for name in wheel.namelist()}
    dist_info = {name for name in top if name.endswith(".dist-info")}
    assert top - dist_info == {"aisoc"}
    assert len(dist_info) == 1
    assert "aisoc/__init__.py" not in wheel.namelist()  # a namespace package, as installed editable


@pytest.mark.slow
def test_the_wheel_carries_the_data_files_the_code_reads(wheel):
    names = set(wheel.namelist())
    assert _package_data_files() - names == set()
    for part, pattern in {
        "rule pack": "aisoc/detections/rules/*/*.yml",
        "playbooks": "aisoc/playbooks/library/*.yml",
        "report templates": "aisoc/analytics/cases/report/templates/*",
        "classifier weights": "aisoc/detections/classifier/weights/*.npy",
        "console views": "aisoc/ui/console/views/*.py",
    }.items():
        assert fnmatch.filter(names, pattern), f"no {part} in the wheel ({pattern})"


def test_the_subprocess_marker_finds_tests_that_start_programs():
    # `make test-fast` leaves out what this marks: a hook that quietly marked nothing would run
    # every subprocess suite in the inner loop.
    from tests import test_cli_lazy, test_times
    from tests.conftest import _starts_processes

    assert _starts_processes(test_cli_lazy.test_help_loads_no_heavy_library, set())  # through a helper
    assert not _starts_processes(test_times.test_spans_in_every_unit, set())
