#!/usr/bin/env bash
# Issue 14's acceptance: the SDK and the template packed into a local feed, `dotnet new reserve-scheme` in a folder
# outside the repository, the plugin built against the package (never a project path) with no warning and no
# ReserveSdk.dll in its output, loaded with --plugins from a relative path, `scheme verify` and its eight cases
# passing, and the template's test project (the scheme check, rules evaluated) passing.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"; e2e_end' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# The template engine's settings go to this folder, not to the user's.
export DOTNET_CLI_HOME="$work/cli-home" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
feed="$work/feed"
out="$(dotnet pack "$root/ReserveSdk/ReserveSdk.csproj" -o "$feed" -nologo 2>&1)" || fail "pack ReserveSdk: $out"
out="$(dotnet pack "$root/ReserveSdk.Template/ReserveSdk.Template.csproj" -o "$feed" -nologo 2>&1)" || fail "pack the template: $out"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/ReserveSdk/ReserveSdk.csproj" | head -1)"
[ -f "$feed/ReserveSdk.$version.nupkg" ] || fail "no ReserveSdk.$version.nupkg in the feed: $(ls "$feed")"
# Listed once into a variable (a `| grep -q` under pipefail fails when grep stops reading early), with Python's
# zipfile as the other scripts already use Python: no unzip needed on the machine.
listing="$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$feed/ReserveSdk.$version.nupkg")" || fail "the package cannot be listed"
grep -q "lib/net10.0/ReserveSdk.xml" <<< "$listing" || fail "the package has no XML docs: $listing"
grep -q "build/ReserveSdk.props" <<< "$listing" || fail "the package has no build props: $listing"
grep -q "buildTransitive/ReserveSdk.targets" <<< "$listing" || fail "the package has no transitive build targets: $listing"

cd "$work" || exit 1
out="$(dotnet new install "$feed/ReserveSdk.Templates.$version.nupkg" 2>&1)" || fail "dotnet new install: $out"
out="$(dotnet new reserve-scheme -n Hospital --schemeId hospital --sdkVersion "$version" 2>&1)" || fail "dotnet new reserve-scheme: $out"
cd Hospital || fail "no Hospital folder"
cat > nuget.config <<XML
<configuration>
  <packageSources><clear /><add key="local" value="$feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="ReserveSdk" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
grep -q 'PackageReference Include="ReserveSdk"' Hospital/Hospital.csproj || fail "the plugin does not reference the package"
grep -q "ProjectReference" Hospital/Hospital.csproj && fail "the plugin references a project path"
[ "$(wc -l < Hospital/Hospital.csproj)" -le 5 ] || fail "the plugin project is longer than five lines"
out="$(cd Hospital && dotnet build -nologo 2>&1)" || fail "build: $out"
echo "$out" | grep -q " 0 Warning(s)" || fail "the plugin builds with warnings: $out"
[ -f Hospital/bin/Debug/net10.0/ReserveSdk.dll ] && fail "ReserveSdk.dll was copied into the plugin's output"
[ -f Hospital/bin/Debug/net10.0/cases/hospital.yaml ] || fail "the cases are not in the output"
[ -f Hospital/bin/Debug/net10.0/templates/notice.md.sbn ] || fail "the document override is not in the output"

reserve() { dotnet "$dll" "$@"; }
verify="$(reserve scheme verify Hospital/bin/Debug/net10.0 2>&1)" || fail "scheme verify: $verify"
echo "$verify" | grep -q "检查通过（0 条提醒）" || fail "scheme verify: $verify"
schemes="$(reserve schemes --plugins Hospital/bin/Debug/net10.0 2>&1)" || fail "schemes: $schemes"
echo "$schemes" | grep -q "^hospital" || fail "not loaded: $schemes"
tested="$(reserve scheme test hospital --plugins Hospital/bin/Debug/net10.0 2>&1)" || fail "scheme test: $tested"
echo "$tested" | grep -q "共 8 个用例：8 通过，0 失败" || fail "cases: $tested"
overrides="$(reserve templates list --scheme hospital --plugins Hospital/bin/Debug/net10.0 2>&1)"
echo "$overrides" | grep -q "notice.*md.*方案插件" || fail "the notice override is not used: $overrides"
# The template's tests use its test kit, whose policy-case check runs this program.
tests="$(cd Hospital.Tests && RESERVE_CLI="$dll" dotnet test -nologo 2>&1)" || fail "the template's tests: $tests"
echo "$tests" | grep -q "Passed:     4" || fail "not all four of the template's tests ran: $tests"
echo "$tests" | grep -q "Passed!" || fail "the template's tests: $tests"
# The obsolete NomineeNotice (no period) is an error in a plugin built on the package, not a lost warning.
cat > Hospital/Obsolete.cs <<'CS'
namespace Hospital;

internal static class UsesTheObsoleteNotice
{
    internal static ReserveSdk.WorkflowBuilder Notice(ReserveSdk.WorkflowBuilder b) => b.NomineeNotice("a", "b", "c", "d");
}
CS
obsolete="$(cd Hospital && dotnet build -nologo 2>&1)" && fail "a plugin using the obsolete NomineeNotice still builds"
echo "$obsolete" | grep -q "error CS0618" || fail "no CS0618 error for the obsolete overload: $obsolete"
rm Hospital/Obsolete.cs
echo "template: packed, created, built against the package, verified, loaded, 8 cases and the template's tests passed"
