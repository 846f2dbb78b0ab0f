using System.Diagnostics;
using ReserveSdk;
using Xunit;

namespace MyScheme.Tests;

/// <summary>
/// 测试工具 — the checks ReserveTui runs on its bundled plugins, for this plugin's own tests: evaluate a person
/// against a track as the host does, the scheme check (<c>reserve scheme verify</c>'s definition checks), a walk of
/// each workflow from its start to every end, and the plugin's YAML policy cases run by the installed program
/// itself (the same runner as <c>reserve scheme test</c>, so the cases mean here what they mean there).
/// </summary>
public static class ReserveTestKit
{
    /// <summary>The verdict and every rule's outcome for <paramref name="person"/> on <paramref name="trackId"/>, on <paramref name="on"/>.</summary>
    public static EligibilityReport Evaluate(SchemeDefinition scheme, string trackId, Person person, DateOnly on, IEnumerable<string>? attested = null, IEnumerable<string>? relaxed = null) =>
        Eligibility.Evaluate(scheme, trackId, person, new EvaluationContext(on)
        {
            Attested = (attested ?? []).ToHashSet(),
            Relaxed = (relaxed ?? []).ToHashSet(),
        });

    /// <summary>Fails with every error of the scheme check, each with its code (RV…); warnings do not fail.</summary>
    public static void AssertConforms(SchemeDefinition scheme) =>
        Assert.Empty(SchemeConformance.Check(scheme).Where(f => f.IsError).Select(f => $"{f.Code} {f.Message}"));

    /// <summary>For every end state, the shortest sequence of action ids that reaches it from the start; an end no path reaches is missing.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> PathsToEnds(WorkflowDefinition workflow)
    {
        var paths = new Dictionary<string, IReadOnlyList<string>> { [workflow.Initial] = [] };
        var queue = new Queue<string>([workflow.Initial]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var a in workflow.Actions.Where(a => a.From == state && !paths.ContainsKey(a.To)))
            {
                paths[a.To] = [.. paths[state], a.Id];
                queue.Enqueue(a.To);
            }
        }

        return workflow.States.Where(s => s.IsFinal && paths.ContainsKey(s.Id)).ToDictionary(s => s.Id, s => paths[s.Id]);
    }

    /// <summary>Fails unless every end state can be reached from the start and every state can reach an end.</summary>
    public static void AssertEveryEndReachable(WorkflowDefinition workflow)
    {
        var ends = PathsToEnds(workflow);
        Assert.Empty(workflow.States.Where(s => s.IsFinal && !ends.ContainsKey(s.Id)).Select(s => $"{workflow.Id}：终结环节 {s.Id}（{s.Name}）从起始环节无法到达"));
        var leadsToEnd = workflow.States.Where(s => s.IsFinal).Select(s => s.Id).ToHashSet();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var a in workflow.Actions.Where(a => leadsToEnd.Contains(a.To))) grew |= leadsToEnd.Add(a.From);
        }

        Assert.Empty(workflow.States.Where(s => !leadsToEnd.Contains(s.Id)).Select(s => $"{workflow.Id}：环节 {s.Id}（{s.Name}）走不到任何终结环节"));
    }

    /// <summary>
    /// Runs the plugin's YAML cases with the installed program (<c>reserve scheme test ID --plugins FOLDER</c>) and
    /// fails with its report when any case fails. The program is RESERVE_CLI (the program, or its reserve.dll), else
    /// <c>reserve</c> on the PATH.
    /// </summary>
    public static void AssertPolicyCasesPass(string schemeId, string pluginFolder)
    {
        var cli = Environment.GetEnvironmentVariable("RESERVE_CLI") ?? "reserve";
        var start = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new ProcessStartInfo("dotnet", [cli]) : new ProcessStartInfo(cli);
        foreach (var arg in new[] { "scheme", "test", schemeId, "--plugins", Path.GetFullPath(pluginFolder) }) start.ArgumentList.Add(arg);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"找不到 ReserveTui 程序（{cli}）：请安装，或把 RESERVE_CLI 设为程序或其 reserve.dll 的路径");
            return;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, output);
        }
    }
}
