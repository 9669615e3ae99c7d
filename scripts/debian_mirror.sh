#!/usr/bin/env bash
# Prints the Debian archive mirror this machine's apt already uses (the URI of its first enabled
# Debian release entry), read from <root>/etc/apt/sources.list and sources.list.d/*.list (one-line
# format) and sources.list.d/*.sources (deb822). setup.sh fetches source packages from it, so the
# setup works wherever the machine's apt works, without a package host written into the repo.
#   scripts/debian_mirror.sh [root]     (root defaults to /; tests pass a folder of fixtures)
set -euo pipefail
root=${1:-}
etc="$root/etc/apt"
# A Debian release suite (security and backports archives live elsewhere or lack the sources).
release='^(oldoldstable|oldstable|stable|testing|unstable|sid|experimental|buster|bullseye|bookworm|trixie|forky|duke)(-updates)?$'

one_line() {  # deb [options] uri suite components...
  sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$1" | awk '$1 == "deb" || $1 == "deb-src" { print $2, $3 }'
}
deb822() {  # stanzas separated by blank lines; "Enabled: no" turns one off
  awk -v RS= -F '\n' '{
    uris = ""; suites = ""; enabled = 1
    for (i = 1; i <= NF; i++) {
      line = $i; sub(/#.*/, "", line)
      if (match(line, /^[Uu][Rr][Ii][Ss]:/)) uris = substr(line, RLENGTH + 1)
      else if (match(line, /^[Ss]uites:/)) suites = substr(line, RLENGTH + 1)
      else if (line ~ /^[Ee]nabled:[ \t]*[Nn]o/) enabled = 0
    }
    if (!enabled) next
    n = split(uris, u, /[ \t]+/); m = split(suites, s, /[ \t]+/)
    for (a = 1; a <= n; a++) for (b = 1; b <= m; b++) if (u[a] != "" && s[b] != "") print u[a], s[b]
  }' "$1"
}

{
  [ -f "$etc/sources.list" ] && one_line "$etc/sources.list"
  for f in "$etc"/sources.list.d/*.list; do [ -f "$f" ] && one_line "$f"; done
  for f in "$etc"/sources.list.d/*.sources; do [ -f "$f" ] && deb822 "$f"; done
  true
} | while read -r uri suite; do
  if [[ $suite =~ $release ]]; then echo "${uri%/}"; exit 0; fi
done | head -n 1 | grep . || { echo "debian_mirror.sh: no Debian release in $etc/sources.list(.d)" >&2; exit 1; }
