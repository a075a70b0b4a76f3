# Tend. `make run` and `make test` are all a newcomer needs; both install what
# is missing on a fresh Debian machine first.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# SwiftPM's scratch folder (the default one, named so a second checkout of the work can use another).
BUILD ?= .build
APT_PACKAGES := libncursesw5-dev zlib1g-dev tmux
# The packaging tests also read the man page and build a .deb; the sync tests
# run git; the gift page test renders HTML with Chromium and checks it (and
# its PNG) with python3; the letters tests seal and open letters with age; the
# import tests make real exports with jrnl, from PyPI, in a virtual environment of its own.
TEST_APT_PACKAGES := $(APT_PACKAGES) man-db dpkg-dev git chromium python3 python3-venv age
JRNL_VENV := $(BUILD)/jrnl-venv
JRNL_VERSION := 4.6
DEB_APT_PACKAGES := dpkg-dev
# `make bench` drives tend on a pty from Python, times commands with hyperfine,
# builds a minimal ncurses program in C and a static Swift "hello" to compare
# against, and strips copies of both binaries to report their sizes.
BENCH_APT_PACKAGES := libncursesw5-dev hyperfine python3 gcc binutils

# One release build, with the Swift runtime and Foundation linked in: the
# installed binary needs no Swift toolchain, and it starts faster. It has its
# own scratch folder, so a plain `swift build -c release` (linked dynamically,
# in $(BUILD)) is never taken for it by install, deb, test or bench.
# swiftc links executables with --export-dynamic; nothing loads tend as a
# library or looks its symbols up, and the export table was 0.8 MB of the
# stripped binary and 0.4 M instructions of dynamic linking at every start.
RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath -Xlinker --no-export-dynamic
RELEASE_BUILD ?= $(BUILD)-static
RELEASE_BIN := $(RELEASE_BUILD)/release/tend
# tend-import reads Day One's zip and CSV files for `tend import`: the libraries
# for those bring Foundation's ICU (40 MB), so they live in this helper, not in tend.
RELEASE_HELPER := $(RELEASE_BUILD)/release/tend-import
MANUAL_TOOL := $(RELEASE_BUILD)/release/generate-manual
GENERATED := $(BUILD)/packaging

# The version has one home, the constant `tend --version` prints.
VERSION := $(shell sed -n 's/^ *static let current = "\([^"]*\)".*/\1/p' Sources/tend/TendVersion.swift)

# Where `make install` puts things (DESTDIR is prepended to each).
BINDIR ?= $(PREFIX)/bin
# tend looks for tend-import beside itself, then in ../libexec/tend/ from its folder.
HELPERDIR ?= $(PREFIX)/libexec/tend
MANDIR ?= $(PREFIX)/share/man/man1
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
# Debian's zsh reads packages' completions from vendor-completions and local ones from site-functions.
ZSH_COMPLETION_DIR ?= $(PREFIX)/share/zsh/$(if $(filter /usr,$(PREFIX)),vendor-completions,site-functions)
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d
# systemd looks in /usr/lib, /usr/local/lib and $XDG_DATA_HOME (~/.local/share) for user units.
SYSTEMD_USER_UNIT_DIR ?= $(if $(filter /usr /usr/local,$(PREFIX)),$(PREFIX)/lib,$(PREFIX)/share)/systemd/user
INSTALLED_FILES = $(BINDIR)/tend $(HELPERDIR)/tend-import $(MANDIR)/tend.1.gz $(BASH_COMPLETION_DIR)/tend \
  $(ZSH_COMPLETION_DIR)/_tend $(FISH_COMPLETION_DIR)/tend.fish $(SYSTEMD_USER_UNIT_DIR)/tend-remind.service

DEB_DIR ?= $(BUILD)
DEB_COMPRESSION ?= xz
DEB_MAINTAINER ?= Tend maintainers <maintainers@tend.invalid>
DEB_ROOT := $(BUILD)/deb-root

# What the binary is built from: install and deb rebuild only when one of these
# is newer, so `make dist && sudo make install` never runs swift as root.
TEND_SOURCES := Package.swift Package.resolved \
  $(shell find Sources Resources Plugins -path Resources/packaging -prune -o -type f ! -name '*.md' -print 2>/dev/null)

PACKAGING_TEST_DIR := $(BUILD)/packaging-test

.PHONY: all build release run test corelibs-check bench fuzz dist install uninstall deb clean deps deps-test deps-deb deps-bench print-version

all: build

# $(call apt_install,packages): installs those Debian packages that are missing.
define apt_install
	@missing=""; \
	for pkg in $(1); do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	  else echo "Tend needs$$missing. Install them as root: apt-get install$$missing" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null \
	    || { echo "Could not install$$missing with apt-get. Install them by hand and run make again." >&2; exit 1; }; \
	fi
endef

# Installs the system packages the build needs, only if missing.
deps:
	$(call apt_install,$(APT_PACKAGES))

deps-test:
	$(call apt_install,$(TEST_APT_PACKAGES))
	@test -x $(JRNL_VENV)/bin/jrnl || { echo "Installing jrnl $(JRNL_VERSION) into $(JRNL_VENV)"; \
	  python3 -m venv $(JRNL_VENV) && $(JRNL_VENV)/bin/pip install -q jrnl==$(JRNL_VERSION); } \
	  || { echo "Could not install jrnl from PyPI into $(JRNL_VENV); the import tests need it." >&2; exit 1; }

deps-deb:
	$(call apt_install,$(DEB_APT_PACKAGES))

deps-bench:
	$(call apt_install,$(BENCH_APT_PACKAGES))

build: deps
	$(SWIFT) build --scratch-path $(BUILD)

release: deps
	$(SWIFT) build --scratch-path $(RELEASE_BUILD) $(RELEASE_FLAGS) --product tend
	$(SWIFT) build --scratch-path $(RELEASE_BUILD) $(RELEASE_FLAGS) --product tend-import

run: release
	@$(RELEASE_BIN)

# Unit and screen tests, end-to-end tests of the release binary in tmux, and
# packaging tests of an install into a temporary DESTDIR and of a .deb.
test: deps-test release corelibs-check
	@rm -rf $(PACKAGING_TEST_DIR)
	@$(MAKE) -s --no-print-directory install DESTDIR="$(CURDIR)/$(PACKAGING_TEST_DIR)/root" PREFIX=/usr
	@$(MAKE) -s --no-print-directory deb DEB_DIR="$(PACKAGING_TEST_DIR)" DEB_COMPRESSION=zstd
	TEND_BINARY="$(CURDIR)/$(RELEASE_BIN)" TEND_PACKAGING_DIR="$(CURDIR)/$(PACKAGING_TEST_DIR)" \
	  TEND_JRNL="$(CURDIR)/$(JRNL_VENV)/bin/jrnl" $(SWIFT) test --scratch-path $(BUILD)

# Fails when our release objects refer to swift-corelibs-foundation (one
# reference links ICU, +42 MB); a second or two. See Benchmarks/README.md.
corelibs-check: release
	python3 Benchmarks/corelibs-refs.py $(RELEASE_BUILD)/release

# Startup, keys, commands, idle CPU, memory and the pause on data sets of 100,
# 10,000 and 100,000 records (made once in Benchmarks/data); about 5 minutes.
# Prints a table and writes it to Benchmarks/RESULTS.md. See Benchmarks/README.md.
bench: deps-bench release
	python3 Benchmarks/bench.py --tend "$(RELEASE_BIN)"

# The parsers of outside bytes under libFuzzer (it comes with the Swift
# toolchain), each target for FUZZ_SECONDS; see Fuzz/README.md. What is
# learnt stays in $(FUZZ_BUILD)/corpus, findings go to $(FUZZ_BUILD)/findings.
FUZZ_SECONDS ?= 60
FUZZ_BUILD := $(BUILD)/fuzz
FUZZ_BIN := $(FUZZ_BUILD)/release/tend-fuzz
# One line per target, named as in Fuzz/Checks/FuzzCheck.swift.
FUZZ_TARGETS += journal-line
FUZZ_TARGETS += journal-file
FUZZ_TARGETS += import
FUZZ_TARGETS += foreign-import
FUZZ_TARGETS += cache-codec
FUZZ_TARGETS += key-decoder

fuzz: deps
	$(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product tend-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DTEND_FUZZ
	@mkdir -p $(FUZZ_BUILD)/findings
	@status=0; for target in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$target; \
	  seeds=$$(test -d Fuzz/Corpus/$$target && echo Fuzz/Corpus/$$target); \
	  dict=$$(test -f Fuzz/Dictionaries/$$target.dict && echo -dict=Fuzz/Dictionaries/$$target.dict); \
	  echo "Fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  TEND_FUZZ_TARGET=$$target $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 $$dict \
	    -artifact_prefix=$(FUZZ_BUILD)/findings/$$target- $(FUZZ_BUILD)/corpus/$$target $$seeds || status=1; \
	done; exit $$status

print-version:
	@echo $(VERSION)

$(RELEASE_BIN) $(RELEASE_HELPER) &: $(TEND_SOURCES)
	@$(MAKE) --no-print-directory release

# swift-argument-parser's manual generator (what its generate-manual plugin
# runs), built with the same flags so it shares the release build.
$(MANUAL_TOOL): Package.resolved
	@$(MAKE) --no-print-directory deps
	$(SWIFT) build --scratch-path $(RELEASE_BUILD) $(RELEASE_FLAGS) --product generate-manual

# The man page and completions come from the command definitions in the binary.
$(GENERATED)/tend.1.gz: $(RELEASE_BIN) $(MANUAL_TOOL)
	@rm -rf $(GENERATED)/man && mkdir -p $(GENERATED)/man
	$(MANUAL_TOOL) $(RELEASE_BIN) --output-directory $(GENERATED)/man \
	  --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)"
	@# mdoc wants .Pp between paragraphs, not an empty line.
	sed 's/^$$/.Pp/' $(GENERATED)/man/tend.1 | gzip -9n > $@

$(GENERATED)/tend.bash $(GENERATED)/_tend $(GENERATED)/tend.fish &: $(RELEASE_BIN)
	@mkdir -p $(GENERATED)
	$(RELEASE_BIN) --generate-completion-script bash > $(GENERATED)/tend.bash
	$(RELEASE_BIN) --generate-completion-script zsh > $(GENERATED)/_tend
	$(RELEASE_BIN) --generate-completion-script fish > $(GENERATED)/tend.fish

# Everything install copies, built as you (then `sudo make install` only copies).
dist: release $(GENERATED)/tend.1.gz $(GENERATED)/tend.bash

install: $(RELEASE_BIN) $(RELEASE_HELPER) $(GENERATED)/tend.1.gz $(GENERATED)/tend.bash
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(HELPERDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASH_COMPLETION_DIR)" \
	  "$(DESTDIR)$(ZSH_COMPLETION_DIR)" "$(DESTDIR)$(FISH_COMPLETION_DIR)" "$(DESTDIR)$(SYSTEMD_USER_UNIT_DIR)"
	install -s -m 0755 $(RELEASE_BIN) "$(DESTDIR)$(BINDIR)/tend"
	install -s -m 0755 $(RELEASE_HELPER) "$(DESTDIR)$(HELPERDIR)/tend-import"
	install -m 0644 $(GENERATED)/tend.1.gz "$(DESTDIR)$(MANDIR)/tend.1.gz"
	install -m 0644 $(GENERATED)/tend.bash "$(DESTDIR)$(BASH_COMPLETION_DIR)/tend"
	install -m 0644 $(GENERATED)/_tend "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_tend"
	install -m 0644 $(GENERATED)/tend.fish "$(DESTDIR)$(FISH_COMPLETION_DIR)/tend.fish"
	sed 's|@BINDIR@|$(BINDIR)|g' Resources/packaging/tend-remind.service > "$(DESTDIR)$(SYSTEMD_USER_UNIT_DIR)/tend-remind.service"
	chmod 0644 "$(DESTDIR)$(SYSTEMD_USER_UNIT_DIR)/tend-remind.service"

# Removes exactly the files install put there; folders stay (others share them).
uninstall:
	rm -f $(foreach file,$(INSTALLED_FILES),"$(DESTDIR)$(file)")

# A Debian package of what `make install PREFIX=/usr` installs.
deb: deps-deb $(RELEASE_BIN) $(RELEASE_HELPER) $(GENERATED)/tend.1.gz $(GENERATED)/tend.bash
	@test -n "$(VERSION)" || { echo "No version found in Sources/tend/TendVersion.swift." >&2; exit 1; }
	@tag=$$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null || true); \
	if [ -n "$$tag" ] && [ "$$tag" != "v$(VERSION)" ]; then \
	  echo "HEAD is tagged $$tag but TendVersion.swift says $(VERSION)." >&2; exit 1; fi
	rm -rf $(DEB_ROOT)
	$(MAKE) -s --no-print-directory install DESTDIR="$(CURDIR)/$(DEB_ROOT)" PREFIX=/usr
	mkdir -p $(DEB_ROOT)/DEBIAN $(DEB_ROOT)/debian
	printf 'Source: tend\n\nPackage: tend\nArchitecture: any\n' > $(DEB_ROOT)/debian/control
	depends=$$(cd $(DEB_ROOT) && dpkg-shlibdeps -O -e usr/bin/tend -e usr/libexec/tend/tend-import 2>/dev/null | sed -n 's/^shlibs:Depends=//p'); \
	test -n "$$depends" || { echo "dpkg-shlibdeps found no dependencies." >&2; exit 1; }; \
	rm -rf $(DEB_ROOT)/debian; \
	{ echo "Package: tend"; \
	  echo "Version: $(VERSION)"; \
	  echo "Architecture: $$(dpkg --print-architecture)"; \
	  echo "Maintainer: $(DEB_MAINTAINER)"; \
	  echo "Installed-Size: $$(du -sk --exclude=DEBIAN $(DEB_ROOT) | cut -f1)"; \
	  echo "Depends: $$depends"; \
	  echo "Suggests: git"; \
	  echo "Section: utils"; \
	  echo "Priority: optional"; \
	  echo "Description: calm terminal coach for small moments of connection"; \
	  echo " Tend lives in your terminal and asks for seconds, not hours: a morning"; \
	  echo " check-in, a doorway pause before you walk into a room, and one sentence"; \
	  echo " of appreciation at bedtime. Everything stays on your machine, in plain"; \
	  echo " files you own. Includes a systemd user unit for reminders (not enabled)."; \
	} > $(DEB_ROOT)/DEBIAN/control
	mkdir -p $(DEB_DIR)
	dpkg-deb --root-owner-group -Z$(DEB_COMPRESSION) --build $(DEB_ROOT) \
	  "$(DEB_DIR)/tend_$(VERSION)_$$(dpkg --print-architecture).deb"

clean:
	$(SWIFT) package --scratch-path $(BUILD) clean
	rm -rf $(BUILD) $(RELEASE_BUILD)
