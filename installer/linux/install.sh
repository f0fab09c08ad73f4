#!/usr/bin/env bash
# Put the built folder where a user's programs live, with a menu entry and an icon.
#   bash installer/linux/install.sh              install for this user (~/.local)
#   bash installer/linux/install.sh --remove     take it away again (plan books are kept)
# Run from the source tree after installer/build.py, or from an unpacked release archive
# (then the folder PlanTogether sits beside this script's linux/ folder's parent).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${BUNDLE:-$here/../dist/PlanTogether}"
prefix="${PREFIX:-$HOME/.local}"
target="$prefix/opt/PlanTogether"
menu="$prefix/share/applications/plan-together.desktop"
icons="$prefix/share/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$target" "$menu" "$prefix/bin/plan-together" \
    "$icons/256x256/apps/plan-together.png" "$icons/scalable/apps/plan-together.svg"
  echo "Plan Together is removed. Plan books in ~/.local/share/PlanTogether are kept."
  exit 0
fi

[ -x "$bundle/PlanTogether" ] || { echo "Build it first: python installer/build.py" >&2; exit 1; }
rm -rf "$target"
mkdir -p "$target" "$prefix/bin" "$(dirname "$menu")" "$icons/256x256/apps" "$icons/scalable/apps"
cp -a "$bundle/." "$target/"
ln -sf "$target/PlanTogether" "$prefix/bin/plan-together"
cp "$here/../icons/plan-together.png" "$icons/256x256/apps/plan-together.png"
cp "$here/../../resources/icons/plan-together.svg" "$icons/scalable/apps/plan-together.svg" 2>/dev/null \
  || true
sed "s|^Exec=.*|Exec=\"$target/PlanTogether\"|" "$here/plan-together.desktop" > "$menu"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$menu")" || true
echo "Plan Together is in $target; find it in the menu, or run plan-together."
