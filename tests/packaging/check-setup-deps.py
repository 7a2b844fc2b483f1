#!/usr/bin/env python3
"""Fails when a build used a file from a Debian package that .ci/setup does not install.

A machine where a package was once installed by hand builds fine even when .ci/setup
forgets it; a newcomer's fresh Debian 12 then fails at configure. This check decides it on
any machine, whatever else is installed there:

  installed   the packages of `.ci/setup --list`, with everything they pull in through
              Depends and Pre-Depends (what apt-get --no-install-recommends installs), and
              the Essential packages and apt, which every Debian root has;
  used        every header the compiler read (ninja's dependency log), every CMake package
              config that find_package() loaded (the *_DIR entries of CMakeCache.txt), every
              library on a link line, every program a build step runs (build.ninja's commands), and the
              programs and data files the tests use at run time (runtime-files.txt);
  owner       the Debian package each used file belongs to (dpkg's file lists).

A used file whose owner is not in `installed` is a package .ci/setup must add. The closure is
computed from dpkg's own records of the installed packages, so no network or apt lists are
needed.

  tests/packaging/check-setup-deps.py build [build-asan ...]
  tests/packaging/check-setup-deps.py build --without libqt6opengl6-dev   # as if setup lacked it

Exit 0: every used file comes from a package setup installs. Exit 1: one sentence per missing
package on stderr, naming a file the build used. Exit 2: it could not check.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def fail_check(message):
    print(f"check-setup-deps: {message}", file=sys.stderr)
    sys.exit(2)


def setup_packages(setup):
    out = subprocess.run(["bash", setup, "--list"], capture_output=True, text=True)
    packages = out.stdout.split()
    if out.returncode != 0 or not packages:
        fail_check(f"'{setup} --list' printed no packages: {out.stderr.strip()}")
    return packages


def installed_packages():
    """name -> (depends groups, provides, essential) for every installed package."""
    fields = "${db:Status-Status}\t${Package}\t${Pre-Depends}\t${Depends}\t${Provides}\t${Essential}\n"
    out = subprocess.run(["dpkg-query", "-W", "-f=" + fields], capture_output=True, text=True, check=True).stdout
    packages = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 6 or parts[0] != "installed":
            continue
        _, name, pre, dep, provides, essential = parts
        groups = []
        for group in (pre + "," + dep).split(","):
            alternatives = [re.split(r"[\s(:]", a.strip(), maxsplit=1)[0] for a in group.split("|")]
            alternatives = [a for a in alternatives if a]
            if alternatives:
                groups.append(alternatives)
        provided = [re.split(r"[\s(:]", p.strip(), maxsplit=1)[0] for p in provides.split(",") if p.strip()]
        packages[name] = (groups, provided, essential == "yes")
    return packages


def closure(roots, packages):
    providers = {}
    for name, (_, provided, _) in packages.items():
        for virtual in provided:
            providers.setdefault(virtual, []).append(name)
    have, todo = set(), list(roots)
    while todo:
        name = todo.pop()
        if name in have or name not in packages:
            continue
        have.add(name)
        for group in packages[name][0]:
            # apt installs one alternative; any installed one may be the one it chose
            for alternative in group:
                for candidate in [alternative] + providers.get(alternative, []):
                    if candidate in packages and candidate not in have:
                        todo.append(candidate)
    return have


def file_owners():
    owner = {}
    for listing in glob.glob("/var/lib/dpkg/info/*.list"):
        name = os.path.basename(listing)[: -len(".list")].split(":")[0]
        with open(listing, encoding="utf-8", errors="replace") as f:
            for line in f:
                owner.setdefault(line.rstrip("\n"), name)
    return owner


def owner_of(path, owner):
    candidates = [path, os.path.realpath(path)]
    for c in list(candidates):  # merged /usr: /lib is /usr/lib
        if c.startswith("/usr/lib/") or c.startswith("/usr/bin/") or c.startswith("/usr/sbin/"):
            candidates.append(c[len("/usr"):])
        elif c.startswith(("/lib/", "/bin/", "/sbin/")):
            candidates.append("/usr" + c)
    for c in candidates:
        if c in owner:
            return owner[c]
    return None


def used_files(build):
    files = {}  # path -> why
    ninja_file = os.path.join(build, "build.ninja")
    cache = os.path.join(build, "CMakeCache.txt")
    if not os.path.exists(cache) or not os.path.exists(ninja_file):
        fail_check(f"{build} has no CMakeCache.txt and build.ninja: configure and build it first")
    deps = subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True, text=True)
    if deps.returncode != 0:
        fail_check(f"ninja -t deps failed in {build}: {deps.stderr.strip()}")
    for line in deps.stdout.splitlines():
        if line.startswith("    /usr/") or line.startswith("    /lib"):
            files.setdefault(line.strip(), "a header the compiler read")
    with open(cache, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            m = re.match(r"^([A-Za-z0-9_.+-]+)_DIR:PATH=(/\S+)$", line)
            if m and os.path.isdir(m.group(2)):
                for config in (f"{m.group(1)}Config.cmake", f"{m.group(1).lower()}-config.cmake"):
                    path = os.path.join(m.group(2), config)
                    if os.path.isfile(path):
                        files.setdefault(path, "a CMake package config that find_package() loaded")
            # the project's own tools (tests/packaging); other FILEPATH entries may be
            # optional finds the build never uses
            m = re.match(r"^SIGNALBOX_[A-Za-z0-9_.+-]+:FILEPATH=(/\S+)$", line)
            if m and os.path.isfile(m.group(1)):
                files.setdefault(m.group(1), "a program a test runs")
    # build.ninja and the rules it includes: the libraries on link lines and the programs
    # every build step runs (compilers, moc, rcc, lrelease, ...)
    for path in [ninja_file] + glob.glob(os.path.join(build, "CMakeFiles", "rules.ninja")):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                stripped = line.lstrip()
                if stripped.startswith("LINK_LIBRARIES"):
                    for word in stripped.split()[2:]:
                        if word.startswith(("/usr/", "/lib")) and os.path.exists(word):
                            files.setdefault(word, "a library on a link line")
                elif stripped.startswith(("command =", "COMMAND =")):
                    for word in re.split(r"[\s;&|\"']+", stripped):
                        if (word.startswith(("/usr/", "/bin/", "/sbin/")) and os.path.isfile(word)
                                and os.access(word, os.X_OK)):
                            files.setdefault(word, "a program a build step runs")
    return files


def runtime_files():
    files = {}
    with open(os.path.join(HERE, "runtime-files.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            path = line if line.startswith("/") else shutil.which(line)
            files[path or line] = "used by the tests at run time"
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("builds", nargs="+", help="build directories (Ninja) to check")
    parser.add_argument("--setup", default=os.path.join(REPO, ".ci", "setup"))
    parser.add_argument("--without", action="append", default=[], help="check as if setup did not list this package")
    args = parser.parse_args()

    listed = [p for p in setup_packages(args.setup) if p not in args.without]
    packages = installed_packages()
    absent = [p for p in listed if p not in packages]
    if absent:
        fail_check(f"packages .ci/setup lists are not installed ({' '.join(absent)}): run .ci/setup first")
    roots = listed + ["apt"] + [name for name, (_, _, essential) in packages.items() if essential]
    have = closure(roots, packages)
    owner = file_owners()

    used = {}
    for build in args.builds:
        used.update(used_files(build))
    used.update(runtime_files())

    missing = {}
    unknown = []
    for path, why in sorted(used.items()):
        if not os.path.exists(path):
            unknown.append(path)
            continue
        name = owner_of(path, owner)
        if name is not None and name not in have:
            missing.setdefault(name, (path, why))
    for path in unknown:
        print(f"check-setup-deps: the tests need '{path}', which is not on this machine; "
              f"add its package to .ci/setup.", file=sys.stderr)
    for name, (path, why) in sorted(missing.items()):
        print(f"check-setup-deps: .ci/setup does not install {name}, but the build used {path} "
              f"({why}) from it; add {name} to the packages in .ci/setup.", file=sys.stderr)
    if missing or unknown:
        return 1
    print(f"check-setup-deps: all {len(used)} files the build and tests used come from the "
          f"{len(listed)} packages of .ci/setup or what they depend on ({len(have)} packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
