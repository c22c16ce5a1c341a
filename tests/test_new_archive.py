"""A maintainer's own archive: `biennien init`, every verb with no options from inside it,
the GitHub Pages workflow it ships, `--version`, `build --base-url`, and a real install of
the wheel (not editable) into a fresh venv, used from a folder outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import yaml

from support import ROOT, run_cli, write_files

SAMPLES = sorted((ROOT / "content" / "sources").glob("*.txt"))


def test_init_writes_a_project_where_every_verb_works_with_no_options(tmp_path):
    project = tmp_path / "archive"
    result = run_cli("init", str(project), check=True)
    for name in ("site.yaml", "people.yaml", "README.md", "content/sources/README.md", "content/articles/README.md",
                 ".gitignore", ".github/workflows/deploy-pages.yml"):
        assert (project / name).is_file(), name
        assert f"wrote {project / name}" in result.stdout
    for sample in SAMPLES:
        shutil.copy(sample, project / "content" / "sources")
    assert f"{len(SAMPLES)} written" in run_cli("ingest", cwd=project, check=True).stdout
    assert run_cli("check", cwd=project, check=True).returncode == 0, "the READMEs are no articles"
    run_cli("build", cwd=project, check=True)
    assert (project / "site" / "index.html").is_file()
    run_cli("zip", cwd=project, check=True)
    assert zipfile.ZipFile(project / "site.zip").namelist()


def test_site_yaml_of_a_new_project_names_every_setting_and_loads():
    from generator.site.config import SiteConfig, load_config

    written = ROOT / "generator" / "scaffold" / "site.yaml"
    assert load_config(written) == SiteConfig()
    text = written.read_text(encoding="utf-8")
    for setting in SiteConfig.__dataclass_fields__:
        assert f"{setting}:" in text, f"{setting} is not explained in the new project's site.yaml"


def test_init_refuses_a_folder_that_is_not_empty(tmp_path):
    write_files(tmp_path / "old", {"notes.txt": "giữ nguyên"})
    result = run_cli("init", str(tmp_path / "old"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'old'}: is not empty; give a new or empty folder, so nothing there is overwritten"
    assert [p.name for p in (tmp_path / "old").iterdir()] == ["notes.txt"]


def test_the_pages_workflow_is_valid_yaml_that_builds_the_site():
    workflow = yaml.safe_load((ROOT / "generator" / "scaffold" / "deploy-pages.yml").read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(step.get("run", "").startswith("biennien build") for step in steps)
    assert any(step.get("uses", "").startswith("actions/upload-pages-artifact") and step["with"]["path"] == "site" for step in steps)
    assert any(step.get("uses", "").startswith("actions/deploy-pages") for step in steps)


def test_version_is_the_packages():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert run_cli("--version", check=True).stdout.strip() == f"biennien {version}"


def test_base_url_on_the_command_line_overrides_site_yaml(tmp_path):
    project = tmp_path / "archive"
    run_cli("init", str(project), check=True)
    shutil.copy(SAMPLES[0], project / "content" / "sources")
    run_cli("ingest", cwd=project, check=True)
    run_cli("build", "--base-url", "https://staging.example.org/bien-nien", cwd=project, check=True)
    assert "https://staging.example.org/bien-nien/" in (project / "site" / "feed.xml").read_text(encoding="utf-8")
    bad = run_cli("build", "--base-url", "staging", cwd=project)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "error: --base-url: 'staging' is not an absolute http(s) URL such as 'https://example.org/archive/'"


def test_the_wheel_installed_in_a_fresh_venv_builds_a_site_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    wheel = next(wheels.glob("biennien-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "generator/theme/templates/base.html" in names and "generator/theme/assets/style.css" in names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=600)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        check=True, capture_output=True, text=True, timeout=900,
    )
    biennien = str(venv / "bin" / "biennien")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    work = tmp_path / "elsewhere"
    work.mkdir()

    def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
        done = subprocess.run([biennien, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"biennien {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
        return done

    assert run("--version", cwd=work).stdout.startswith("biennien ")
    run("init", "archive", cwd=work)
    for sample in SAMPLES:
        shutil.copy(sample, work / "archive" / "content" / "sources")
    run("ingest", cwd=work / "archive")
    run("build", cwd=work / "archive")
    site = work / "archive" / "site"
    assert (site / "assets" / "style.css").is_file()
    assert "Lâm Thị Phương Thanh" in (site / "index.html").read_text(encoding="utf-8") or any(
        "Lâm Thị Phương Thanh" in page.read_text(encoding="utf-8") for page in site.rglob("*.html")
    )
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import generator; print(generator.__file__)"],
        cwd=work, env=env, capture_output=True, text=True, check=True,
    ).stdout
    assert str(ROOT) not in where, "the installed package, not the checkout"
