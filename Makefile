# Tend. `make run` and `make test` are all a newcomer needs; both install what
# is missing on a fresh Debian machine first.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
RELEASE_BIN := .build/release/tend
APT_PACKAGES := libncursesw5-dev tmux

.PHONY: all build release run test bench install uninstall clean deps

all: build

# Installs the system packages the build and the tests need, only if missing.
deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
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

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	@$(RELEASE_BIN)

# Unit and screen tests, then end-to-end tests of the release binary in tmux.
test: release
	TEND_BINARY="$(CURDIR)/$(RELEASE_BIN)" $(SWIFT) test

bench: release
	@echo "No benchmarks yet."

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 $(RELEASE_BIN) "$(DESTDIR)$(PREFIX)/bin/tend"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/tend"

clean:
	$(SWIFT) package clean
	rm -rf .build
