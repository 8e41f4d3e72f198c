#!/usr/bin/env bash
# QGIS version matrix: run a make target (default: test) inside Debian chroots with newer QGIS.
#
#   scripts/matrix.sh [target] [suite ...]     e.g. scripts/matrix.sh test trixie sid
#
# Suites: trixie (Debian 13, QGIS 3.40 LTR, Python 3.13) and sid (QGIS 3.44 LTR, Python 3.14).
# Chroots are built with debootstrap on first use and cached outside the clone, in
# $SOZ_CHROOTS (default /var/cache/sozialplanung-chroots), so fresh clones on the same
# machine reuse them. The working tree (without .venv and outputs) is copied to /src/main
# inside the chroot; ../shared, when present, is bind-mounted read-only at /src/shared.
# Needs root (debootstrap, chroot, mount).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${1:-test}
shift || true
SUITES=("$@")
[ ${#SUITES[@]} -gt 0 ] || SUITES=(trixie sid)
CACHE=${SOZ_CHROOTS:-/var/cache/sozialplanung-chroots}
MIRROR=${SOZ_MIRROR:-http://deb.debian.org/debian}
# Everything the Makefile's apt target would install, so that make in the chroot installs nothing.
PACKAGES="qgis python3-qgis qgis-providers python3-pandas python3-venv xvfb xauth make git rsync \
ca-certificates nodejs npm qttools5-dev-tools pyqt5-dev-tools poppler-utils chromium python3-scipy \
postgresql postgis postgresql-postgis locales fonts-open-sans"
CHROOT_VERSION=2 # bump when PACKAGES or the set-up below change: cached chroots are rebuilt

log() { printf '[matrix %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

build_chroot() {
	local suite=$1 dir=$2
	log "$suite: building chroot in $dir"
	rm -rf "$dir.tmp"
	debootstrap --variant=minbase "$suite" "$dir.tmp" "$MIRROR" >"$CACHE/$suite.debootstrap.log" 2>&1 ||
		{ tail -20 "$CACHE/$suite.debootstrap.log"; return 1; }
	echo 'Acquire::Check-Valid-Until "false";' >"$dir.tmp/etc/apt/apt.conf.d/99no-valid-until"
	echo 'APT::Install-Recommends "false";' >"$dir.tmp/etc/apt/apt.conf.d/99no-recommends"
	copy_settings "$dir.tmp"
	mount_all "$dir.tmp"
	if ! chroot "$dir.tmp" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
		bash -c "apt-get update -qq && apt-get install -y -qq $PACKAGES" >"$CACHE/$suite.apt.log" 2>&1; then
		umount_all "$dir.tmp"
		tail -30 "$CACHE/$suite.apt.log"
		return 1
	fi
	umount_all "$dir.tmp"
	echo "$CHROOT_VERSION" >"$dir.tmp/etc/sozialplanung-chroot"
	rm -rf "$dir" && mv "$dir.tmp" "$dir"
	log "$suite: chroot ready"
}

copy_settings() {
	local dir=$1
	install -D -m 644 /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
	[ -f /etc/pip.conf ] && install -m 644 /etc/pip.conf "$dir/etc/pip.conf"
	[ -f "$HOME/.npmrc" ] && install -D -m 644 "$HOME/.npmrc" "$dir/root/.npmrc"
	cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

mount_all() {
	local dir=$1
	mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
	mountpoint -q "$dir/dev" || mount --rbind /dev "$dir/dev"
	mountpoint -q "$dir/sys" || mount --rbind /sys "$dir/sys"
	mkdir -p "$dir/dev/shm"
}

umount_all() {
	local dir=$1 m
	for m in src/shared sys dev proc; do
		mountpoint -q "$dir/$m" && umount -R -l "$dir/$m"
	done
	return 0
}

run_suite() {
	local suite=$1 dir="$CACHE/$1"
	if [ ! -f "$dir/etc/sozialplanung-chroot" ] || [ "$(cat "$dir/etc/sozialplanung-chroot")" != "$CHROOT_VERSION" ]; then
		build_chroot "$suite" "$dir"
	fi
	copy_settings "$dir"
	local qgis
	qgis=$(chroot "$dir" dpkg-query -W -f='${Version}' qgis)
	log "$suite: QGIS $qgis, make $TARGET"
	mkdir -p "$dir/src/main"
	rsync -a --delete --exclude=/.venv --exclude=/test_output --exclude=/demo_output \
		--exclude=/.pytest_cache --exclude=/.ruff_cache --exclude=__pycache__ --exclude=/.qgis-settings \
		--exclude=/bench/results ./ "$dir/src/main/" || return 1
	mount_all "$dir"
	trap 'umount_all "$dir"' EXIT INT TERM
	if [ -d ../shared ]; then
		mkdir -p "$dir/src/shared"
		mount --bind ../shared "$dir/src/shared" && mount -o remount,bind,ro "$dir/src/shared"
	fi
	# .venv is excluded from rsync, so the chroot's own venvs survive between runs.
	local rc=0
	chroot "$dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
		CI="${CI:-}" SOZ_QGIS_LABEL="$suite"\
		bash -c "cd /src/main && make $TARGET" || rc=$?
	umount_all "$dir"
	trap - EXIT INT TERM
	# Results (bench tables, screenshots) back into the clone, per version.
	mkdir -p "test_output/matrix/$suite"
	[ -d "$dir/src/main/test_output" ] && rsync -a "$dir/src/main/test_output/" "test_output/matrix/$suite/"
	if [ "$TARGET" = bench-here ]; then cp "$dir"/src/main/bench/results_*.md bench/ 2>/dev/null || true; fi
	log "$suite: make $TARGET exit $rc"
	return $rc
}

[ "$(id -u)" = 0 ] || { echo "scripts/matrix.sh needs root (debootstrap, chroot, mount)" >&2; exit 2; }
if ! command -v debootstrap >/dev/null || ! command -v rsync >/dev/null; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap rsync >/dev/null
fi
mkdir -p "$CACHE"
failed=()
for s in "${SUITES[@]}"; do
	run_suite "$s" || failed+=("$s")
done
if [ ${#failed[@]} -gt 0 ]; then
	log "failed on: ${failed[*]}"
	exit 1
fi
log "all green: ${SUITES[*]}"
