#!/usr/bin/env bash
# Install the built bundle (dist/SocialGoalPlanner) with its desktop integration.
#     packaging/linux/install.sh [PREFIX]        default PREFIX: ~/.local (no root needed)
#     sudo packaging/linux/install.sh /usr/local
# Puts the bundle in PREFIX/lib/SocialGoalPlanner, the command PREFIX/bin/planner,
# the .desktop file, AppStream metainfo, the MIME type for *.sgplan and the icons.
# Uninstall: the same script with --uninstall [PREFIX].
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
id=io.github.socialgoalplanner.SocialGoalPlanner
uninstall=0
if [[ "${1:-}" == "--uninstall" ]]; then uninstall=1; shift; fi
prefix="${1:-$HOME/.local}"
share="$prefix/share"
bundle="$root/dist/SocialGoalPlanner"

files=(
    "$prefix/bin/planner"
    "$share/applications/$id.desktop"
    "$share/metainfo/$id.metainfo.xml"
    "$share/mime/packages/$id.xml"
    "$share/icons/hicolor/scalable/apps/$id.svg"
)
for size in 16 24 32 48 64 128 256 512; do files+=("$share/icons/hicolor/${size}x${size}/apps/$id.png"); done

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if (( uninstall )); then
    rm -f "${files[@]}"
    rm -rf "$prefix/lib/SocialGoalPlanner"
    refresh
    echo "Removed Social Goal Planner from $prefix"
    exit 0
fi

[[ -x "$bundle/SocialGoalPlanner" ]] || { echo "install: build first (make package)" >&2; exit 1; }
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$prefix/lib/SocialGoalPlanner"
cp -a "$bundle" "$prefix/lib/SocialGoalPlanner"
ln -sfn "$prefix/lib/SocialGoalPlanner/SocialGoalPlanner" "$prefix/bin/planner"
install -Dm644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.xml" "$share/mime/packages/$id.xml"
install -Dm644 "$root/resources/icons/app.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$root/packaging/icons/app-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
refresh
echo "Installed Social Goal Planner in $prefix (command: $prefix/bin/planner)"
