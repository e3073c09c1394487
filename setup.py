"""Builds the extension warta._warta with CMake (see pyproject.toml).

The module is the CMake target warta_python (python/CMakeLists.txt). By
default this configures and builds it in setuptools' temporary folder;
WARTA_BUILD_DIR names a CMake build folder where it is built already (the
module must be for this interpreter). The trained models (models/*.bin)
are installed inside the package, which points the engine at them
(warta/__init__.py) unless $WARTA_MODELS says otherwise.
"""

import glob
import importlib.machinery
import os
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = os.path.dirname(os.path.abspath(__file__))


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = os.environ.get("WARTA_BUILD_DIR")
        if build_dir:
            build_dir = os.path.abspath(build_dir)
        else:
            build_dir = os.path.abspath(os.path.join(self.build_temp, "cmake"))
            configure = [
                "cmake", "-S", ROOT, "-B", build_dir,
                "-DCMAKE_BUILD_TYPE=Release",
                "-DWARTA_BUILD_TESTS=OFF",
                "-DWARTA_BUILD_BENCHMARKS=OFF",
                "-DWARTA_BUILD_PYTHON=ON",
                "-DPython3_EXECUTABLE=" + sys.executable,
            ]
            subprocess.check_call(configure)
            jobs = os.environ.get("JOBS", str(os.cpu_count() or 1))
            subprocess.check_call(
                ["cmake", "--build", build_dir, "--target", "warta_python", "-j", jobs])
        suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
        built = os.path.join(build_dir, "python", "warta", "_warta" + suffix)
        if not os.path.exists(built):
            found = glob.glob(os.path.join(build_dir, "python", "warta", "_warta*"))
            sys.exit("setup.py: no %s in %s (found: %s); build the target warta_python "
                     "with -DPython3_EXECUTABLE=%s" % (
                         os.path.basename(built), build_dir, ", ".join(found) or "nothing",
                         sys.executable))
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(built, target)


class BuildWithModels(build_py):
    def run(self):
        super().run()
        models = os.path.join(self.build_lib, "warta", "models")
        os.makedirs(models, exist_ok=True)
        for path in sorted(glob.glob(os.path.join(ROOT, "models", "*"))):
            shutil.copyfile(path, os.path.join(models, os.path.basename(path)))


setup(
    packages=["warta"],
    package_dir={"": "python"},
    ext_modules=[CMakeExtension("warta._warta")],
    cmdclass={"build_ext": CMakeBuild, "build_py": BuildWithModels},
    zip_safe=False,
)
