using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tests.Tui;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Cli;

/// <summary>One use case, one path: the same step taken through the command line and through the screen leaves the same record.</summary>
public sealed class SameStepTests
{
    [Fact]
    public void DebriefWithANote_AndInspectionShares_ThroughTheCliAndTheTui_StoreTheSame()
    {
        using var dir = new TempDir();
        var cliDb = Path.Combine(dir.Path, "cli.db");
        string cliId;
        using (var f = new CampaignFixture(ReserveDatabase.Open(cliDb)))
        {
            cliId = f.StreetWithNominee("张三").Nominee.Id;
            f.MarkTraining();
        }

        (int Exit, string Out, string Err) R(params string[] args) => CliRunner.Run(dir.Path, ["--db", cliDb, "--now", "2026-07-01T09:00:00+08:00", .. args]);
        Assert.Equal(0, R("nomination", "act", cliId, "debrief", "--note", "任职以来的工作").Exit);
        Assert.Equal(0, R("nomination", "inspect", cliId, "--fit", "85%", "--basic", "10", "--unfit", "0.05", "--conclusion", "同意").Exit);

        using var tuiSide = new CampaignFixture();
        var tuiId = tuiSide.StreetWithNominee("张三").Nominee.Id;
        using (var tui = new TuiHarness(tuiSide.Screens()))
        {
            tui.Press(Key.F4, Key.Tab, Key.Tab, Key.Enter, Key.Enter); // the nominee, then 述职: a note is asked for
            var screen = Assert.IsType<CampaignsScreen>(tui.Window.Current);
            screen.Form.Fill("任职以来的工作");
            screen.Form.Submit();
            screen.SelectAction(screen.ActionLines.ToList().FindIndex(l => l.Contains("录入考察结果", StringComparison.Ordinal)));
            tui.Press(Key.Enter);
            screen.Form.Fill("85%", "10", "0.05", "同意");
            screen.Form.Submit();
        }

        using var cli = new CampaignFixture(ReserveDatabase.Open(cliDb));
        var a = cli.Nominations.ShowNomination(cliId);
        var b = tuiSide.Nominations.ShowNomination(tuiId);
        Assert.Equal((b.State, b.Record.Debriefed, b.Record.DebriefNote), (a.State, a.Record.Debriefed, a.Record.DebriefNote));
        Assert.Equal(("debriefed", true, "任职以来的工作"), (a.State, a.Record.Debriefed, a.Record.DebriefNote));
        Assert.Equal((b.Record.FitShare, b.Record.BasicallyFitShare, b.Record.UnfitShare, b.Record.InspectionConclusion), (a.Record.FitShare, a.Record.BasicallyFitShare, a.Record.UnfitShare, a.Record.InspectionConclusion));
        Assert.Equal((0.85m, 0.10m, 0.05m), (a.Record.FitShare, a.Record.BasicallyFitShare, a.Record.UnfitShare));
        Assert.Equal(b.Record.ActionNotes, a.Record.ActionNotes);
        // The record says the same: one 述职 entry with its note on each side, nothing written twice.
        var cliRecord = cli.Service.History(cli.Service.List().Single().Id).Where(e => e.Nominee == "张三").Select(e => (e.Action, e.Data)).ToList();
        var tuiRecord = tuiSide.Service.History(tuiSide.Service.List().Single().Id).Where(e => e.Nominee == "张三").Select(e => (e.Action, e.Data)).ToList();
        Assert.Equal(tuiRecord, cliRecord);
    }
}
