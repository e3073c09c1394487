"""`pip install --no-build-isolation .` with no network: into a virtual
environment that sees Debian's packages, from a copy of the tree, taking the
module this build made (WARTA_BUILD_DIR); the installed package annotates
with the models it carries."""

import os
import shutil
import subprocess
import sys

import warta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# <build>/python/warta/__init__.py
BUILD_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(warta.__file__))))


def test_pip_install_into_a_venv(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "setup.cfg"):
        shutil.copy(os.path.join(ROOT, name), source / name)
    for folder in ("python", "models"):
        shutil.copytree(os.path.join(ROOT, folder), source / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(venv)], check=True)
    python = str(venv / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WARTA_MODELS")}
    env["WARTA_BUILD_DIR"] = BUILD_DIR
    env["PIP_NO_INDEX"] = "1"  # no network, ever
    install = subprocess.run(
        [python, "-m", "pip", "install", "--no-build-isolation", "--no-deps", "--no-index",
         "--disable-pip-version-check", str(source)],
        cwd=tmp_path, env=env, capture_output=True, text=True)
    assert install.returncode == 0, install.stdout + install.stderr

    env.pop("WARTA_BUILD_DIR")
    check = subprocess.run(
        [python, "-c",
         "import os, warta\n"
         "print(warta.__file__)\n"
         "print(os.environ['WARTA_MODELS'])\n"
         "d = warta.annotate('JAKARTA - Menteri Luar Negeri Retno Marsudi mengecam serangan "
         "itu. \"Kami menolak kekerasan,\" kata Retno.', '2024-03-07')\n"
         "print(len(d['quotes']), d['quotes'][0]['speaker'] is not None)\n"],
        cwd=tmp_path, env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    module, models, quotes = check.stdout.splitlines()
    assert module.startswith(str(venv))
    assert models.startswith(str(venv)) and os.path.exists(os.path.join(models, "dep-id.bin"))
    assert quotes.split()[0] != "0"
