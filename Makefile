# SeatPlan's two commands. All logic lives in scripts/ and CMake; this file only calls them.
BUILD_DIR ?= build

.PHONY: all deps build run test bench translations clean

all: build

deps:
	scripts/install-deps.sh

build: deps
	scripts/build.sh $(BUILD_DIR)

run: build
	scripts/run.sh $(BUILD_DIR)

test: build
	scripts/test.sh $(BUILD_DIR)

bench: build
	scripts/bench.sh $(BUILD_DIR)

translations:
	scripts/update-translations.sh

clean:
	rm -rf $(BUILD_DIR)
