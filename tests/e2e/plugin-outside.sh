#!/usr/bin/env bash
# A plugin written outside this repository, as docs/plugin-guide.md tells an author to: a five-line project that
# references the installed program's ReserveSdk.dll, a scheme with a hard, a relaxable, an attested and a
# preference rule, both workflows with a 7-day notice, and policy cases. It must build with no warning, pass
# `reserve scheme verify`, load from its build output folder given as a relative path, and pass its cases.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
dll="${RESERVE_DLL:?set RESERVE_DLL}"
sdk="$(dirname "$dll")/ReserveSdk.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"; e2e_end' EXIT
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p "$work/Hospital/cases"
cd "$work/Hospital" || exit 1

cat > Hospital.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <EnableDynamicLoading>true</EnableDynamicLoading>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="ReserveSdk" HintPath="$sdk" Private="false" />
    <None Include="cases/*.yaml" CopyToOutputDirectory="PreserveNewest" />
  </ItemGroup>
</Project>
XML

cat > HospitalScheme.cs <<'CS'
using ReserveSdk;

namespace Hospital;

/// <summary>医院中层后备干部选拔方案（示例）.</summary>
public sealed class HospitalScheme : ISchemePlugin
{
    public SchemeDefinition Define() => new()
    {
        Manifest = new SchemeManifest("hospital", "医院中层后备干部选拔方案", "1.0.0", "示例医院方案", SdkInfo.Version) { ShortName = "医院方案" },
        Tracks = [new Track("mid", "中层后备", PostLevel.Deputy)],
        Rules =
        [
            Rules.Attested("loyalty", "政治坚定，作风正派", "示例 一1"),
            Rules.Hard("education.min", "具有大学本科以上学历", "示例 一2", Conditions.EducationAtLeast(EducationLevel.Bachelor)),
            Rules.Relaxable("age.max", "年龄一般在45周岁以下", "示例 一3", Conditions.AgeAtMost(45)),
            Rules.Preference("title", "具有副高级以上职称者优先", "示例 一4", Conditions.TitleAtLeast(TitleLevel.AssociateSenior)),
        ],
        Channels = Channels.All,
        CampaignWorkflow = new WorkflowBuilder("campaign", "医院中层后备选拔流程")
            .State("draft", "筹备")
            .State("nominating", "民主推荐")
            .State("inspecting", "组织考察")
            .Final("completed", "已完成")
            .Final("cancelled", "已取消")
            .Action(Conventions.Publish, "公布选拔方案", "draft", "nominating", "示例 二1", Guards.PlanApproved())
            .Action("close-nomination", "结束推荐", "nominating", "inspecting", "示例 二2", Guards.AtLeast(WorkflowFacts.ActiveNominations, 1, "至少须有一名人选"))
            .Action("complete", "完成", "inspecting", "completed", "示例 二4", Guards.Fact(WorkflowFacts.AllNomineesDecided, "每名人选都须有结果"))
            .CancellableFrom("draft", "nominating")
            .Cite(Inferred.Cancel, "cancel")
            .Build(),
        NomineeWorkflow = new WorkflowBuilder("nominee", "人选流程")
            .State("nominated", "已提名")
            .State("inspected", "已考察")
            .State(Conventions.Notice, "公示中")
            .State("noticed", "公示无异议")
            .Final(Conventions.Admitted, "已入库")
            .Final("disqualified", "取消资格")
            .Final("withdrawn", "已退出")
            .Action("inspect", "组织考察", "nominated", "inspected", "示例 二3", Guards.Inspected(), Guards.NomineeEligible())
            .NomineeNotice("inspected", "noticed", "列入公示", 7, "示例 二3")
            .Action("admit", "列为后备干部", "noticed", Conventions.Admitted, "示例 二4")
            .WithdrawableFrom("nominated", "inspected")
            .Cite(Inferred.Withdraw, "withdraw")
            .DuringCampaign("inspecting", "组织考察", "inspect")
            .Build(),
        UnitKinds = ["医院科室"],
    };
}
CS

cat > cases/hospital.yaml <<'YAML'
- name: 本科 40 岁，符合（待认定政治素质后）
  on: 2026-06-30
  track: 中层后备
  attested: [loyalty]
  person: { 姓名: 用例甲, 出生日期: 1986-01-01, 学历: 大学本科 }
  expect: eligible
  failing: []
- name: 大专不符合
  on: 2026-06-30
  track: 中层后备
  attested: [loyalty]
  person: { 姓名: 用例乙, 出生日期: 1986-01-01, 学历: 大专 }
  expect: ineligible
  failing: [education.min]
- name: 47 岁需放宽
  on: 2026-06-30
  track: 中层后备
  attested: [loyalty]
  person: { 姓名: 用例丙, 出生日期: 1979-01-01, 学历: 硕士研究生 }
  expect: needs-relaxation
  failing: [age.max]
YAML

out="$(dotnet build -nologo 2>&1)" || fail "the plugin does not build outside the repository: $out"
echo "$out" | grep -q " 0 Warning(s)" || fail "the plugin builds with warnings: $out"
reserve() { dotnet "$dll" "$@"; }
verify="$(reserve scheme verify bin/Debug/net10.0 2>&1)" || fail "scheme verify: $verify"
echo "$verify" | grep -q "检查通过" || fail "scheme verify did not pass: $verify"
schemes="$(reserve schemes --plugins bin/Debug/net10.0 2>&1)" || fail "schemes exit $?: $schemes"
echo "$schemes" | grep -q "hospital" || fail "the plugin did not load from its build output: $schemes"
tested="$(reserve scheme test hospital --plugins bin/Debug/net10.0 2>&1)" || fail "scheme test: $tested"
echo "$tested" | grep -q "共 3 个用例：3 通过，0 失败" || fail "the cases did not all pass: $tested"
echo "plugin outside the repository: built, verified, loaded, 3 cases passed"
