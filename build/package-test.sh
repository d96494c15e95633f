#!/usr/bin/env bash
# Packs Byline and the byline tool into artifacts/, then consumes them as users do:
# a test project restoring the Byline package from that local feed, and the tool installed from it.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf artifacts tests/Byline.Package.Tests/obj tests/Byline.Package.Tests/bin
dotnet pack src/Byline/Byline.csproj -c Release -o artifacts
dotnet pack src/Byline.Cli/Byline.Cli.csproj -c Release -o artifacts
dotnet test --project tests/Byline.Package.Tests -c Release

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
dotnet tool install --tool-path "$tools" --add-source artifacts Byline.Cli --version 0.1.0
out=$("$tools/byline" demo)
echo "$out" | head -5
echo "$out" | grep -q "Who said what" || { echo "byline demo from the installed tool printed no report"; exit 1; }
echo "package-test: the packed library and the installed tool work"
