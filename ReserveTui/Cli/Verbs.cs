using System.CommandLine;

namespace ReserveTui.Cli;

/// <summary>The list of verbs: one line per verb file, so adding a verb touches one place.</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All(Func<ParseResult, CliContext> context) =>
    [
        SchemesVerb.Create(context),
        SchemeVerb.Create(context),
        CheckVerb.Create(context),
        PeopleVerb.Create(context),
        DemoVerb.Create(context),
        UnitVerb.Create(context),
        CampaignVerb.Create(context),
        NominationVerb.Nominate(context),
        RenderVerb.Render(context),
        RenderVerb.Templates(context),
        NominationVerb.Create(context),
        BallotVerb.Create(context),
        BallotVerb.Tally(context),
        ScoreVerb.Create(context),
        ScoreVerb.Ranking(context),
        PoolVerb.Create(context),
        AuditVerb.Create(context),
        BackupVerb.Backup(context),
        BackupVerb.Restore(context),
        UsersVerb.Create(context),
        InitVerb.Create(context),
        DoctorVerb.Create(context),
    ];
}
